// Inspections: a findings snapshot taken in one INSERT … SELECT, counts per inspection in one grouped
// query, the signature, and rectification deadlines set on many findings in one UPDATE. Section users see
// and touch only their own section's findings of an inspection.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { todayInChina } from '../../db/calendar/dates.ts';
import { isoTimestamp, isoTimestampOrThrow } from './timestamps.ts';
import { findingJson } from './findings.ts';
import type { ScopedFilter } from './scoped.ts';

type Db = Kysely<Database>;

function inspectionSummaries(db: Db, scope: ScopedFilter, id?: number) {
  const today = todayInChina();
  let q = db
    .selectFrom('inspection as i')
    .leftJoin('inspection_finding as x', 'x.inspection_id', 'i.id')
    .leftJoin('finding as f', (join) => {
      let on = join.onRef('f.id', '=', 'x.finding_id');
      if (scope.section) on = on.on('f.section', '=', scope.section);
      return on;
    })
    .select((eb) => [
      'i.id',
      'i.agency',
      'i.period_from',
      'i.period_to',
      'i.created_by',
      'i.created_at',
      'i.signed_by',
      'i.signed_at',
      'i.note',
      eb.fn.count<number>('f.id').as('findings'),
      sql<number>`count(f.id) filter (where x.rectified_on is not null)`.as('rectified'),
      sql<number>`count(f.id) filter (where x.rectified_on is null and x.rectify_by < ${today}::date)`.as('overdue'),
    ])
    .groupBy('i.id');
  if (scope.agency) q = q.where('i.agency', '=', scope.agency);
  if (id !== undefined) q = q.where('i.id', '=', id);
  return q.orderBy('i.created_at', 'desc').orderBy('i.id', 'desc').execute();
}

type SummaryRow = Awaited<ReturnType<typeof inspectionSummaries>>[number];

function inspectionJson(r: SummaryRow) {
  return {
    id: r.id,
    agency: r.agency,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    createdBy: r.created_by,
    createdAt: isoTimestampOrThrow(r.created_at),
    signedBy: r.signed_by,
    signedAt: isoTimestamp(r.signed_at),
    note: r.note,
    findings: Number(r.findings),
    rectified: Number(r.rectified),
    overdue: Number(r.overdue),
  };
}

export async function listInspections(db: Db, scope: ScopedFilter) {
  return { items: (await inspectionSummaries(db, scope)).map(inspectionJson) };
}

export async function findInspection(db: Db, scope: ScopedFilter, id: number) {
  const [summary] = await inspectionSummaries(db, scope, id);
  if (!summary) return null;
  let q = db
    .selectFrom('inspection_finding as x')
    .innerJoin('finding as f', 'f.id', 'x.finding_id')
    .where('x.inspection_id', '=', id);
  if (scope.section) q = q.where('f.section', '=', scope.section);
  const rows = await q
    .select([
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
      'x.rectify_by',
      'x.rectified_on',
      'x.rectify_set_by',
      'x.rectify_set_at',
    ])
    .orderBy('f.section')
    .orderBy('f.rule')
    .orderBy('f.id')
    .execute();
  return {
    ...inspectionJson(summary),
    items: rows.map((r) => ({
      ...findingJson(r),
      rectifyBy: r.rectify_by,
      rectifiedOn: r.rectified_on,
      rectifySetBy: r.rectify_set_by,
      rectifySetAt: isoTimestamp(r.rectify_set_at),
    })),
  };
}

/**
 * A new inspection of the agency's open findings in the period (by due date, or by the actual date when
 * there is no due date); findings with neither are current problems and always included.
 */
export async function createInspection(
  db: Db,
  inspection: { agency: string; from: string; to: string; note: string | null; by: string },
): Promise<{ id: number; findings: number }> {
  const { id } = await db
    .insertInto('inspection')
    .values({ agency: inspection.agency, period_from: inspection.from, period_to: inspection.to, note: inspection.note, created_by: inspection.by })
    .returning('id')
    .executeTakeFirstOrThrow();
  const inserted = await sql`
    insert into inspection_finding (inspection_id, finding_id)
    select ${id}, f.id from finding f
    where f.agency = ${inspection.agency} and not f.resolved_by_data and f.status = 'open'
      -- The period as \`gongkai check --from/--to\` reads it (finding.period_date: the due date, else the
      -- subject's own date); findings merged before that column keep the older reading.
      and (coalesce(f.period_date, f.due, f.actual) between ${inspection.from}::date and ${inspection.to}::date
           or (f.period_date is null and f.due is null and f.actual is null))`.execute(db);
  return { id, findings: Number(inserted.numAffectedRows ?? 0) };
}

/** Signs an unsigned inspection of the scope; 'signed' if it was already, null if outside the scope. */
export async function signInspection(db: Db, scope: ScopedFilter, id: number, by: string, note: string | null) {
  let q = db.selectFrom('inspection').select(['id', 'signed_by']).where('id', '=', id);
  if (scope.agency) q = q.where('agency', '=', scope.agency);
  const row = await q.forUpdate().executeTakeFirst();
  if (!row) return null;
  if (row.signed_by) return 'signed' as const;
  await db
    .updateTable('inspection')
    .set((eb) => ({ signed_by: by, signed_at: sql<Date>`now()`, note: note ?? eb.ref('note') }))
    .where('id', '=', id)
    .execute();
  return 'ok' as const;
}

/**
 * Sets the rectification deadline and/or date of the inspection's findings named; returns how many rows
 * of the scope it changed (fewer than named means some were not the caller's to change).
 */
export async function setRectifications(
  db: Db,
  scope: ScopedFilter,
  id: number,
  change: { findingIds: number[]; rectifyBy?: string | null | undefined; rectifiedOn?: string | null | undefined; by: string },
): Promise<number> {
  const sets = [];
  if (change.rectifyBy !== undefined) {
    sets.push(sql`rectify_by = ${change.rectifyBy}::date, rectify_set_by = ${change.by}, rectify_set_at = now()`);
  }
  if (change.rectifiedOn !== undefined) sets.push(sql`rectified_on = ${change.rectifiedOn}::date`);
  const conditions = [sql`x.inspection_id = ${id}`, sql`x.finding_id = any(${change.findingIds}::bigint[])`];
  if (scope.agency) conditions.push(sql`i.agency = ${scope.agency}`);
  if (scope.section) conditions.push(sql`f.section = ${scope.section}`);
  const result = await sql`
    update inspection_finding x set ${sql.join(sets)}
    from inspection i, finding f
    where i.id = x.inspection_id and f.id = x.finding_id and ${sql.join(conditions, sql` and `)}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
