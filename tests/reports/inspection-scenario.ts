// One agency's findings around the first half of 2025 for the inspection-record tests: which of them a
// record of 2025-01-01..2025-06-30 lists, before an inspection is saved (the period filter) and after
// (the inspection's snapshot), is written beside each row.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { addAgency, addFindings, addRequests, type FindingSpec } from './fixtures.ts';

export const AGENCY = 'JDJC';
export const AGENCY_NAME = '嘉定区城市管理行政执法局';
export const PERIOD = { from: '2025-01-01', to: '2025-06-30' };
export const INJECTION = '=HYPERLINK("http://x","y")';
export const OFFICE = '办公室';
export const ENFORCEMENT = '执法科';

export const FINDINGS = {
  // In the period by its due date; its title is the injection attempt.
  D1: { rule: 'doc/proactive-late', subject: 'D1', section: OFFICE, due: '2025-03-03', actual: '2025-03-10', late: 5, title: INJECTION },
  // No due date: in the period by the document's formed date (2025-02-10); the title comes from the ledger.
  D2: { rule: 'doc/attribute-missing', subject: 'D2', section: OFFICE, due: null, actual: null, late: null },
  // No due date, formed 2024-06-01: outside the period (a snapshot takes it, having no date at all).
  D3: { rule: 'doc/attribute-missing', subject: 'D3', section: OFFICE, due: null, actual: null, late: null },
  // Resolved by later data: in no record.
  D4: { rule: 'doc/proactive-late', subject: 'D4', section: OFFICE, due: '2025-03-05', actual: '2025-03-12', late: 5, resolved: true },
  R1: { rule: 'req/answer-late', subject: 'R1', section: ENFORCEMENT, due: '2025-04-01', actual: '2025-04-03', late: 2 },
  // Explained: listed for the period with its note; not open, so not in a snapshot.
  R2: { rule: 'req/answer-overdue', subject: 'R2', section: ENFORCEMENT, due: '2025-05-06', actual: null, late: 10, status: 'explained', note: '申请人同意延期' },
  // Due after the period.
  R3: { rule: 'req/answer-late', subject: 'R3', section: ENFORCEMENT, due: '2025-09-01', actual: '2025-09-03', late: 2 },
  // No due date: in the period by the request's received date, its last day.
  R4: { rule: 'req/outcome-missing', subject: 'R4', section: ENFORCEMENT, due: null, actual: null, late: null },
  // The agency as a whole: the 2024 report, late; and its arithmetic, in the period by January 31 of 2025.
  Y1: { rule: 'report/annual-late', subject: '2024', section: null, due: '2025-01-31', actual: '2025-02-10', late: 6 },
  Y2: { rule: 'report/annual-arithmetic', subject: '2024', section: null, due: null, actual: null, late: null },
} satisfies Record<string, FindingSpec>;

export type FindingKey = keyof typeof FINDINGS;

export async function seedInspectionScenario(db: Kysely<Database>): Promise<Record<FindingKey, number>> {
  await addAgency(db, AGENCY, AGENCY_NAME);
  await db
    .insertInto('document')
    .values([
      { agency: AGENCY, record_key: 'D2', section: OFFICE, title: '关于城市道路占用审批的通知', formed_on: '2025-02-10' },
      { agency: AGENCY, record_key: 'D3', section: OFFICE, title: '2024年工作要点', formed_on: '2024-06-01' },
    ])
    .execute();
  await addRequests(db, AGENCY, [
    { request_no: 'R4', applicant_type: '自然人', section: ENFORCEMENT, received_on: '2025-06-30', answered_on: '2025-07-10' },
  ]);
  const keys = Object.keys(FINDINGS) as FindingKey[];
  const ids = await addFindings(db, AGENCY, Object.values(FINDINGS));
  return Object.fromEntries(keys.map((k, i) => [k, ids[i]!])) as Record<FindingKey, number>;
}
