// The periodic inspection record (定期检查记录) of one agency: the heading (unit, period, date of the
// inspection), the findings per section with their counts by rule, severity and status, the rectification
// items with their deadlines and later status, and the leader's signature. Every output format (xlsx, docx,
// JSON) renders this one object; the counts come from SQL, grouped once over the record's relation.
import { sql, type Kysely } from 'kysely';
import type { Database, FindingStatus, Severity, SubjectKind } from '../../db/schema.ts';
import { todayInChina } from '../../db/calendar/dates.ts';
import { RULES } from '../../rules/index.ts';
import { findAgency, type AgencyRef } from '../agency.ts';
import { FINDING_STATUSES } from '../appraisal/scheme.ts';
import { recordRelation, type Period, type RecordSource } from './relation.ts';

type Db = Kysely<Database>;

export type { Period } from './relation.ts';

export const SEVERITIES = ['error', 'warning', 'info'] as const satisfies readonly Severity[];

/** done: rectified by the deadline (or with none set); late: after it; overdue: past it, not rectified. */
export type RectificationState = 'done' | 'late' | 'overdue' | 'pending';

export interface RecordFinding {
  id: number;
  rule: string;
  ruleTitle: string;
  severity: Severity;
  section: string | null;
  subjectKind: SubjectKind;
  subject: string;
  title: string | null;
  due: string | null;
  actual: string | null;
  lateWorkdays: number | null;
  message: string;
  status: FindingStatus;
  statusNote: string | null;
  rectifyBy: string | null;
  rectifiedOn: string | null;
  rectification: RectificationState | null;
}

export interface RecordCounts {
  total: number;
  bySeverity: Record<Severity, number>;
  byStatus: Record<FindingStatus, number>;
}

export interface RuleCount extends RecordCounts {
  rule: string;
  ruleTitle: string;
}

export interface SectionRecord extends RecordCounts {
  /** null: findings of the agency as a whole (annual reports, website columns). */
  section: string | null;
  byRule: RuleCount[];
  findings: RecordFinding[];
}

export interface InspectionRecord {
  agency: AgencyRef;
  period: Period;
  /** The saved inspection the record shows; null for a period no inspection was saved for. */
  inspection: { id: number; createdBy: string | null; createdAt: string; note: string | null } | null;
  /** 检查日期: the day the inspection was started (China time), or the as-of date without one. */
  inspectedOn: string;
  /** The date rectification deadlines are judged at. */
  asOf: string;
  /** The section the record is limited to (a section user's), or null for the whole agency. */
  section: string | null;
  totals: RecordCounts;
  sections: SectionRecord[];
  rectification: { items: RecordFinding[]; done: number; overdue: number };
  signature: { signedBy: string | null; signedAt: string | null; signedOn: string | null };
}

export type RecordRequest = { section?: string | null; asOf?: string } & (
  | { inspection: number; agency: string | null }
  | { period: Period; agency: string }
);

export class UnknownInspectionError extends Error {
  constructor(readonly id: number, agency: string | null) {
    super(`未找到检查记录 #${id}${agency ? `（单位 ${agency}）` : ''} / unknown inspection ${id}`);
    this.name = 'UnknownInspectionError';
  }
}

function savedInspection(db: Db, request: RecordRequest) {
  let q = db.selectFrom('inspection').selectAll();
  if (request.agency) q = q.where('agency', '=', request.agency);
  if ('inspection' in request) q = q.where('id', '=', request.inspection);
  else q = q.where('period_from', '=', request.period.from).where('period_to', '=', request.period.to);
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
}

interface FindingRow {
  id: number;
  rule: string;
  severity: Severity;
  section: string | null;
  subject_kind: SubjectKind;
  subject: string;
  title: string | null;
  due: string | null;
  actual: string | null;
  late_workdays: number | null;
  message: string;
  status: FindingStatus;
  status_note: string | null;
  rectify_by: string | null;
  rectified_on: string | null;
  rectification: RectificationState | null;
}

type CountColumns = { total: number } & Record<Severity | FindingStatus, number>;

interface SummaryRow extends CountColumns {
  section: string | null;
  rule: string | null;
  /** 1 where the row adds up every section (the record's total), as SQL's grouping() says. */
  all_sections: number;
  all_rules: number;
}

/** Both drivers return timestamps as Date; the schema types a nullable one loosely. */
const instant = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));

const ruleTitle = (id: string) => RULES[id]?.meta.title.zh ?? id;

function countsOf(row: CountColumns | undefined): RecordCounts {
  const of = (key: Severity | FindingStatus) => Number(row?.[key] ?? 0);
  return {
    total: Number(row?.total ?? 0),
    bySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, of(s)])) as Record<Severity, number>,
    byStatus: Object.fromEntries(FINDING_STATUSES.map((s) => [s, of(s)])) as Record<FindingStatus, number>,
  };
}

function findingOf(r: FindingRow): RecordFinding {
  return {
    id: Number(r.id),
    rule: r.rule,
    ruleTitle: ruleTitle(r.rule),
    severity: r.severity,
    section: r.section,
    subjectKind: r.subject_kind,
    subject: r.subject,
    title: r.title,
    due: r.due,
    actual: r.actual,
    lateWorkdays: r.late_workdays,
    message: r.message,
    status: r.status,
    statusNote: r.status_note,
    rectifyBy: r.rectify_by,
    rectifiedOn: r.rectified_on,
    rectification: r.rectification,
  };
}

async function recordQueries(db: Db, source: RecordSource, section: string | null, asOf: string) {
  const relation = recordRelation(source, { section, asOf });
  const counted = sql.join([
    ...SEVERITIES.map((s) => sql`count(*) filter (where severity = ${s})::int as ${sql.ref(s)}`),
    ...FINDING_STATUSES.map((s) => sql`count(*) filter (where status = ${s})::int as ${sql.ref(s)}`),
  ]);
  // Byte order ("C") for section and rule names: the same on PGlite and on any server's collation.
  const findings = await sql<FindingRow>`
    select * from ${relation} as rel
    order by section collate "C" nulls last, rule collate "C", due nulls last, subject collate "C", id`.execute(db);
  // Per section and rule, per section, and overall, in one pass.
  const summary = await sql<SummaryRow>`
    select section, rule, grouping(section) as all_sections, grouping(rule) as all_rules, count(*)::int as total, ${counted}
    from ${relation} as rel
    group by grouping sets ((section, rule), (section), ())
    order by section collate "C" nulls last, rule collate "C"`.execute(db);
  return { findings: findings.rows.map(findingOf), summary: summary.rows };
}

function sectionsOf(summary: SummaryRow[], findings: RecordFinding[]): SectionRecord[] {
  const sections: SectionRecord[] = [];
  for (const row of summary) {
    if (Number(row.all_sections) === 1) continue;
    if (Number(row.all_rules) === 1) {
      sections.push({ section: row.section, ...countsOf(row), byRule: [], findings: [] });
    }
  }
  const bySection = new Map(sections.map((s) => [s.section, s]));
  for (const row of summary) {
    if (Number(row.all_rules) === 0) bySection.get(row.section)!.byRule.push({ rule: row.rule!, ruleTitle: ruleTitle(row.rule!), ...countsOf(row) });
  }
  for (const finding of findings) bySection.get(finding.section)!.findings.push(finding);
  return sections;
}

/** The record of a saved inspection, or of a period (its latest saved inspection, else the current findings). */
export async function buildInspectionRecord(db: Db, request: RecordRequest): Promise<InspectionRecord> {
  if (request.agency) await findAgency(db, request.agency);
  const saved = await savedInspection(db, request);
  if (!saved && 'inspection' in request) throw new UnknownInspectionError(request.inspection, request.agency);
  const asOf = request.asOf ?? todayInChina();
  const section = request.section ?? null;
  const agencyCode = saved?.agency ?? request.agency!;
  const period = saved ? { from: saved.period_from, to: saved.period_to } : (request as { period: Period }).period;
  const source: RecordSource = saved ? { agency: agencyCode, inspection: Number(saved.id) } : { agency: agencyCode, period };
  const agency = await findAgency(db, agencyCode);
  const { findings, summary } = await recordQueries(db, source, section, asOf);
  const items = findings.filter((f) => f.rectification !== null).sort((a, b) => (a.rectifyBy ?? '9').localeCompare(b.rectifyBy ?? '9') || a.id - b.id);
  const createdAt = saved ? instant(saved.created_at) : null;
  const signedAt = saved?.signed_at ? instant(saved.signed_at) : null;
  return {
    agency,
    period,
    inspection: saved ? { id: Number(saved.id), createdBy: saved.created_by, createdAt: createdAt!.toISOString(), note: saved.note } : null,
    inspectedOn: createdAt ? todayInChina(createdAt) : asOf,
    asOf,
    section,
    totals: countsOf(summary.find((r) => Number(r.all_sections) === 1)),
    sections: sectionsOf(summary, findings),
    rectification: {
      items,
      done: items.filter((f) => f.rectification === 'done' || f.rectification === 'late').length,
      overdue: items.filter((f) => f.rectification === 'overdue').length,
    },
    signature: { signedBy: saved?.signed_by ?? null, signedAt: signedAt?.toISOString() ?? null, signedOn: signedAt ? todayInChina(signedAt) : null },
  };
}
