// Findings for the API: the filtered list, one finding with its status history, and a status change.
// Every query is limited to the caller's ScopedFilter in SQL.
import { sql, type Kysely } from 'kysely';
import type { Database, FindingStatus, Severity } from '../../db/schema.ts';
import { RULES } from '../../rules/index.ts';
import { isoTimestamp } from './timestamps.ts';
import { ARROW_BATCH_ROWS, offsetOf, startsWith, type PageRequest, type ScopedFilter } from './scoped.ts';

type Db = Kysely<Database>;

export interface FindingFilter extends ScopedFilter {
  rule?: string | undefined;
  severity?: Severity | undefined;
  status?: FindingStatus | undefined;
  from?: string | undefined;
  to?: string | undefined;
  resolved?: boolean | undefined;
}

function filtered(db: Db, f: FindingFilter) {
  let q = db.selectFrom('finding as f');
  if (f.agency) q = q.where('f.agency', '=', f.agency);
  if (f.section) q = q.where('f.section', '=', f.section);
  if (f.rule) q = f.rule.endsWith('/') ? q.where('f.rule', 'like', startsWith(f.rule)) : q.where('f.rule', '=', f.rule);
  if (f.severity) q = q.where('f.severity', '=', f.severity);
  if (f.status) q = q.where('f.status', '=', f.status);
  // A period is read as `gongkai check --from/--to` reads it: by the due date, or the subject's own date
  // for a finding with no due date (finding.period_date; the due date on rows merged before it existed).
  if (f.from) q = q.where(sql<string>`coalesce(f.period_date, f.due)`, '>=', f.from);
  if (f.to) q = q.where(sql<string>`coalesce(f.period_date, f.due)`, '<=', f.to);
  if (!f.resolved) q = q.where('f.resolved_by_data', '=', false);
  return q;
}

const LIST_COLUMNS = [
  'f.id',
  'f.agency',
  'f.rule',
  'f.severity',
  'f.subject_kind',
  'f.subject',
  'f.section',
  'f.due',
  'f.actual',
  'f.late_workdays',
  'f.message',
  'f.status',
  'f.status_by',
  'f.status_note',
  'f.status_at',
  'f.resolved_by_data',
] as const;

function listQuery(db: Db, f: FindingFilter) {
  return filtered(db, f).select(LIST_COLUMNS);
}

type ListRow = Awaited<ReturnType<ReturnType<typeof listQuery>['execute']>>[number];

/** The findings of one agency with these ids, in id order (the evidence behind an appraisal deduction). */
export async function findingsByIds(db: Db, agency: string, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const rows = await listQuery(db, { agency, section: null, resolved: true }).where('f.id', 'in', [...ids]).orderBy('f.id').execute();
  return rows.map(findingJson);
}

export function ruleTitle(id: string): string {
  return RULES[id]?.meta.title.zh ?? id;
}

export function findingJson(r: ListRow) {
  return {
    id: r.id,
    agency: r.agency,
    rule: r.rule,
    ruleTitle: ruleTitle(r.rule),
    severity: r.severity,
    subjectKind: r.subject_kind,
    subject: r.subject,
    section: r.section,
    due: r.due,
    actual: r.actual,
    lateWorkdays: r.late_workdays,
    message: r.message,
    status: r.status,
    statusBy: r.status_by,
    statusNote: r.status_note,
    statusAt: isoTimestamp(r.status_at),
    resolvedByData: r.resolved_by_data,
  };
}

export async function listFindings(db: Db, f: FindingFilter, page: PageRequest) {
  const [rows, count] = await Promise.all([
    listQuery(db, f)
      .orderBy(sql`f.due desc nulls last`)
      .orderBy('f.id', 'desc')
      .limit(page.pageSize)
      .offset(offsetOf(page))
      .execute(),
    filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(findingJson), total: Number(count.n), ...page };
}

/** Every matching finding, in batches by id (for Arrow and the spreadsheet export). */
export async function* findingBatches(db: Db, f: FindingFilter) {
  let after = 0;
  for (;;) {
    const rows = await listQuery(db, f).where('f.id', '>', after).orderBy('f.id').limit(ARROW_BATCH_ROWS).execute();
    if (rows.length === 0) return;
    yield rows.map(findingJson);
    after = rows[rows.length - 1]!.id;
    if (rows.length < ARROW_BATCH_ROWS) return;
  }
}

export async function findFinding(db: Db, scope: ScopedFilter, id: number) {
  let q = db.selectFrom('finding as f').where('f.id', '=', id);
  if (scope.agency) q = q.where('f.agency', '=', scope.agency);
  if (scope.section) q = q.where('f.section', '=', scope.section);
  const row = await q.select([...LIST_COLUMNS, 'f.details', 'f.profile', 'f.profile_version']).executeTakeFirst();
  if (!row) return null;
  const history = await db
    .selectFrom('audit_log')
    .select(['at', 'actor', 'action', 'details'])
    .where('target', '=', findingTarget(id))
    .orderBy('id')
    .execute();
  return { row, history };
}

export const findingTarget = (id: number) => `finding:${id}`;

/** Sets a finding's status (with who, when and the note); null when it is outside the scope. */
export async function setFindingStatus(
  db: Db,
  scope: ScopedFilter,
  id: number,
  change: { status: FindingStatus; note: string | null; by: string },
): Promise<{ before: FindingStatus; after: FindingStatus } | null> {
  let current = db.selectFrom('finding').select('status').where('id', '=', id);
  if (scope.agency) current = current.where('agency', '=', scope.agency);
  if (scope.section) current = current.where('section', '=', scope.section);
  const before = await current.forUpdate().executeTakeFirst();
  if (!before) return null;
  await db
    .updateTable('finding')
    .set({ status: change.status, status_note: change.note, status_by: change.by, status_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
  return { before: before.status, after: change.status };
}
