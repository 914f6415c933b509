// The engine: runs an agency's profile over its ledgers for an as-of date and an optional period, in one
// transaction. Row rules are composed into one scan per ledger; rules with their own query (the annual
// report's) run after. Findings are staged, checked for calendar gaps, then (when persisting) merged into
// `finding`: a finding produced again keeps its status and notes, one no longer produced is marked
// resolved by the data, never deleted, and an identical re-run changes no finding row.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, Severity, SubjectKind } from '../../db/schema.ts';
import type { Gk } from '../../db/connection.ts';
import { CalendarRangeError } from '../../db/calendar/errors.ts';
import { workdayOrdinal } from '../../db/calendar/workdays.ts';
import { resolveProfile } from '../profiles/index.ts';
import type { ResolvedProfile } from '../profiles/types.ts';
import { RULES } from '../index.ts';
import { documentsRelation } from '../ledgers/documents.ts';
import { requestsRelation } from '../ledgers/requests.ts';
import { columnsRelation, publicationsRelation } from '../ledgers/publications.ts';
import type { LedgerRelation } from '../ledgers/relation.ts';
import { SUBJECT_KIND, type QueryRule, type RowRule, type RuleLedger } from '../types.ts';
import { CALENDAR_GAP, ledgerScanSql, STAGE_COLUMNS, type EnabledRowRule } from './compose.ts';
import { ruleOptions } from './options.ts';
import { renderTemplate } from './messages.ts';

const RELATIONS: Partial<Record<RuleLedger, LedgerRelation>> = {
  documents: documentsRelation,
  requests: requestsRelation,
  publications: publicationsRelation,
  columns: columnsRelation,
};

export interface RunOptions {
  agency: string;
  asOf: string;
  from?: string | null;
  to?: string | null;
  /** Overrides the agency's own profile. */
  profile?: string;
  /** Run exactly these rule ids, with the profile's options where it has them (tests, one-rule checks). */
  only?: string[];
  /** Write rule_run and merge into finding (default true). */
  persist?: boolean;
  user?: string | null;
}

export interface RunFinding {
  agency: string;
  rule: string;
  severity: Severity;
  subjectKind: SubjectKind;
  subject: string;
  section: string | null;
  due: string | null;
  actual: string | null;
  lateWorkdays: number | null;
  message: string;
  details: Record<string, unknown>;
}

export interface RunResult {
  runId: number | null;
  agency: string;
  profile: ResolvedProfile;
  asOf: string;
  findings: RunFinding[];
}

function enabledRules(profile: ResolvedProfile, only?: string[]) {
  const rows = new Map<RuleLedger, EnabledRowRule[]>();
  const queries: { rule: QueryRule; options: Record<string, unknown> }[] = [];
  for (const id of only ?? profile.rules.keys()) {
    const overrides = profile.rules.get(id) ?? {};
    const rule = RULES[id];
    if (!rule) throw new Error(`规则集 ${profile.id} 引用了未知规则 / unknown rule ${id}`);
    const options = ruleOptions(rule, overrides);
    if (rule.kind === 'row') {
      const list = rows.get(rule.meta.ledger) ?? [];
      list.push({ rule: rule as RowRule, options });
      rows.set(rule.meta.ledger, list);
    } else {
      queries.push({ rule: rule as QueryRule, options });
    }
  }
  return { rows, queries };
}

async function stageQueryRule(
  trx: Transaction<Database>,
  agency: string,
  asOf: string,
  period: { from: string | null; to: string | null },
  { rule, options }: { rule: QueryRule; options: Record<string, unknown> },
): Promise<void> {
  // The period filter of the row rules' scan: a finding falls in the period by its due date.
  const found = (await rule.run({ db: trx, agency, asOf, options })).filter(
    (f) => {
      const day = f.periodDate ?? f.due;
      return day === null || ((!period.from || day >= period.from) && (!period.to || day <= period.to));
    },
  );
  if (found.length === 0) return;
  const rows = found.map((f) => {
    const template = rule.meta.messages[f.messageId];
    if (template === undefined) throw new Error(`${rule.meta.id}: no message '${f.messageId}'`);
    return {
      rule: rule.meta.id,
      severity: rule.meta.severity,
      subject_kind: SUBJECT_KIND[rule.meta.ledger],
      subject: f.subject,
      section: f.section,
      due: f.due,
      actual: f.actual,
      late_workdays: f.lateWorkdays,
      message: renderTemplate(template, { ...f, asOf }, f.details),
      details: f.details,
      period_date: f.periodDate ?? f.due,
      gap_year: null,
    };
  });
  await sql`
    insert into finding_stage
    select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as t(
      rule text, severity text, subject_kind text, subject text, section text, due date, actual date,
      late_workdays int, message text, details jsonb, period_date date, gap_year int)`.execute(trx);
}

async function mergeFindings(trx: Transaction<Database>, result: RunResult, options: RunOptions, enabled: string[]) {
  const run = await trx
    .insertInto('rule_run')
    .values({
      agency: options.agency,
      profile: result.profile.id,
      profile_version: result.profile.version,
      as_of: options.asOf,
      period_from: options.from ?? null,
      period_to: options.to ?? null,
      started_by: options.user ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`
    insert into finding as f (agency, rule, severity, subject_kind, subject, section, due, actual, late_workdays,
      message, details, profile, profile_version, first_run_id, last_run_id, period_date)
    select ${options.agency}, s.rule, s.severity, s.subject_kind, s.subject, s.section, s.due, s.actual,
      s.late_workdays, s.message, s.details, ${result.profile.id}, ${result.profile.version}, ${run.id}, ${run.id},
      coalesce(s.due, s.period_date)
    from finding_stage s
    on conflict (agency, rule, subject_kind, subject) do update set
      severity = excluded.severity, section = excluded.section, due = excluded.due, actual = excluded.actual,
      late_workdays = excluded.late_workdays, message = excluded.message, details = excluded.details,
      profile = excluded.profile, profile_version = excluded.profile_version,
      last_run_id = excluded.last_run_id, resolved_by_data = false, period_date = excluded.period_date
    where (f.severity, f.section, f.due, f.actual, f.late_workdays, f.message, f.details, f.profile,
           f.profile_version, f.resolved_by_data, f.period_date)
      is distinct from (excluded.severity, excluded.section, excluded.due, excluded.actual, excluded.late_workdays,
           excluded.message, excluded.details, excluded.profile, excluded.profile_version, false,
           excluded.period_date)`.execute(trx);
  // A period-limited run does not see findings outside its period, so only a full run resolves.
  if (!options.from && !options.to) {
    await sql`
      update finding f set resolved_by_data = true
      where f.agency = ${options.agency} and not f.resolved_by_data and f.rule = any(${enabled}::text[])
        and not exists (select 1 from finding_stage s
                        where s.rule = f.rule and s.subject_kind = f.subject_kind and s.subject = f.subject)`.execute(trx);
  }
  await trx
    .updateTable('rule_run')
    .set({ finished_at: new Date(), finding_count: result.findings.length })
    .where('id', '=', run.id)
    .execute();
  result.runId = run.id;
}

export async function runRules(gk: Gk | { db: Kysely<Database> }, options: RunOptions): Promise<RunResult> {
  const agency = await gk.db.selectFrom('agency').selectAll().where('code', '=', options.agency).executeTakeFirst();
  if (!agency) throw new Error(`未知机关 / unknown agency: ${options.agency}`);
  const profile = resolveProfile(options.profile ?? agency.profile);
  const { rows, queries } = enabledRules(profile, options.only);
  await workdayOrdinal(gk.db, options.asOf); // the as-of date must be in the calendar

  return gk.db.transaction().execute(async (trx) => {
    await sql`
      create temp table finding_stage (
        rule text, severity text, subject_kind text, subject text, section text, due date, actual date,
        late_workdays int, message text, details jsonb, period_date date, gap_year int
      ) on commit drop`.execute(trx);
    const context = {
      agency: options.agency,
      asOf: options.asOf,
      deadlines: profile.deadlines,
      from: options.from ?? null,
      to: options.to ?? null,
    };
    for (const [ledger, rules] of rows) {
      const relation = RELATIONS[ledger];
      if (!relation) throw new Error(`no relation for ledger ${ledger}`);
      const scan = ledgerScanSql(relation, rules, context);
      await sql`insert into finding_stage (${sql.join(STAGE_COLUMNS.map((c) => sql.ref(c)))}) ${scan}`.execute(trx);
    }
    const gap = await sql<{ year: number | null }>`select min(gap_year) as year from finding_stage`.execute(trx);
    const missingYear = gap.rows[0]?.year;
    if (missingYear != null) throw new CalendarRangeError(missingYear, `${options.agency} 的台账日期需要该年日历`);
    await sql`delete from finding_stage where rule = ${CALENDAR_GAP}`.execute(trx);

    for (const query of queries) await stageQueryRule(trx, options.agency, options.asOf, context, query);

    const staged = await sql<{
      rule: string;
      severity: Severity;
      subject_kind: SubjectKind;
      subject: string;
      section: string | null;
      due: string | null;
      actual: string | null;
      late_workdays: number | null;
      message: string;
      details: Record<string, unknown>;
    }>`select rule, severity, subject_kind, subject, section, due, actual, late_workdays, message, details
       from finding_stage order by rule, due nulls last, subject`.execute(trx);

    const result: RunResult = {
      runId: null,
      agency: options.agency,
      profile,
      asOf: options.asOf,
      findings: staged.rows.map((r) => ({
        agency: options.agency,
        rule: r.rule,
        severity: r.severity,
        subjectKind: r.subject_kind,
        subject: r.subject,
        section: r.section,
        due: r.due,
        actual: r.actual,
        lateWorkdays: r.late_workdays,
        message: r.message,
        details: r.details,
      })),
    };
    if (options.persist !== false) await mergeFindings(trx, result, options, [...profile.rules.keys()]);
    return result;
  });
}
