// Agencies: created explicitly (`gongkai agency add`) or on first import, under national-2019 until set.
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { DEFAULT_PROFILE } from '../rules/profiles/ids.ts';

type Db = Kysely<Database>;

export async function upsertAgency(db: Db, agency: { code: string; name: string; profile: string }): Promise<void> {
  await db
    .insertInto('agency')
    .values(agency)
    .onConflict((oc) => oc.column('code').doUpdateSet({ name: agency.name, profile: agency.profile }))
    .execute();
}

/** The agency, created with its code as its name and the default profile when it is new. */
export async function ensureAgency(db: Db, code: string) {
  await db
    .insertInto('agency')
    .values({ code, name: code, profile: DEFAULT_PROFILE })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  return db.selectFrom('agency').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
}

export async function ledgerCounts(db: Db) {
  const count = (table: 'agency' | 'document' | 'request' | 'publication' | 'annual_report' | 'finding') =>
    db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const [agency, document, request, publication, annual_report, finding] = await Promise.all([
    count('agency'),
    count('document'),
    count('request'),
    count('publication'),
    count('annual_report'),
    count('finding'),
  ]);
  return {
    agencies: agency.n,
    documents: document.n,
    requests: request.n,
    publications: publication.n,
    annualReports: annual_report.n,
    findings: finding.n,
  };
}
