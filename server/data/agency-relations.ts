// The rules' ledger relations (rules/ledgers/*) for every agency a caller may see. A relation is built for
// one agency with its profile's deadline parameters, so a read across agencies (the administrator's) is
// the union of one relation per agency: still one set-based query, with each agency's own deadlines.
// Conditions come from the rules themselves (their `when` over the relation), so what the API reports
// late is exactly what the rules report.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { resolveProfile } from '../../rules/profiles/index.ts';
import type { ResolvedProfile } from '../../rules/profiles/types.ts';
import type { RelationContext } from '../../rules/ledgers/relation.ts';
import { ruleOptions } from '../../rules/engine/options.ts';
import { RULES } from '../../rules/index.ts';
import type { RowRule, Sql } from '../../rules/types.ts';

export interface AgencyProfile {
  agency: string;
  profile: ResolvedProfile;
}

/** The agency asked for, or every agency when the caller may see them all (null). */
export async function agencyProfiles(db: Kysely<Database>, agency: string | null): Promise<AgencyProfile[]> {
  let query = db.selectFrom('agency').select(['code', 'profile']).orderBy('code');
  if (agency) query = query.where('code', '=', agency);
  const rows = await query.execute();
  return rows.map((r) => ({ agency: r.code, profile: resolveProfile(r.profile) }));
}

/** `union all` of one select per agency, built with that agency's relation context; null for none. */
export function unionOverAgencies(agencies: readonly AgencyProfile[], asOf: string, build: (context: RelationContext, profile: ResolvedProfile) => Sql): Sql | null {
  if (agencies.length === 0) return null;
  return sql.join(
    agencies.map(({ agency, profile }) => sql`(${build({ agency, asOf, deadlines: profile.deadlines }, profile)})`),
    sql` union all `,
  );
}

/**
 * The condition over relation row `x` under which any of `ruleIds` the profile enforces would report the
 * row, with the profile's options; `false` when it enforces none of them.
 */
export function anyRuleFires(profile: ResolvedProfile, ruleIds: readonly string[], asOf: string): Sql<boolean> {
  const whens = ruleIds
    .filter((id) => profile.rules.has(id))
    .map((id) => {
      const rule = RULES[id] as RowRule;
      const options = ruleOptions(rule, profile.rules.get(id));
      return sql`(${rule.create({ options, asOf: sql<string>`${asOf}::date`, deadlines: profile.deadlines }).when})`;
    });
  return whens.length ? sql<boolean>`coalesce(${sql.join(whens, sql` or `)}, false)` : sql<boolean>`false`;
}
