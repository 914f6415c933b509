// One agency's year of findings for the appraisal and evaluation-sheet tests, with the scores the default
// scheme (district-2020) must give, worked out by hand beside each row.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { addAgency, addFindings, addRequests, type FindingSpec } from './fixtures.ts';

export const AGENCY = 'KHJ';
export const AGENCY_NAME = '嘉定区应急管理局';
export const INJECTION = '=HYPERLINK("http://x","y")';

const doc = (rule: string, subject: string, section: string, due: string, extra: Partial<FindingSpec> = {}): FindingSpec => ({
  rule,
  subject,
  section,
  due,
  actual: due,
  late: 3,
  ...extra,
});

export const FINDINGS: FindingSpec[] = [
  // 办公室 主动公开: D1 twice (one document, counted once), D2 explained (counts) → −10.
  doc('doc/proactive-late', 'D1', '办公室', '2024-03-01', { title: '关于安全生产月活动的通知' }),
  doc('doc/submission-late', 'D1', '办公室', '2024-02-20', { title: '关于安全生产月活动的通知' }),
  doc('doc/proactive-late', 'D2', '办公室', '2024-04-01', { status: 'explained', note: '系统故障，已说明', title: INJECTION }),
  // Not counted: waived, rectified, resolved by later data.
  doc('doc/proactive-late', 'D3', '办公室', '2024-05-06', { status: 'waived' }),
  doc('doc/proactive-late', 'D4', '办公室', '2024-06-03', { status: 'rectified' }),
  doc('doc/proactive-late', 'D5', '办公室', '2024-06-04', { resolved: true }),
  // 2023: only in last year's score (办公室 −5).
  doc('doc/proactive-late', 'D6', '办公室', '2023-06-01'),
  // 执法科 主动公开: seven documents × 5 = 35, capped at the item's 30 (扣完为止).
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => doc('doc/proactive-unpublished', `E${n}`, '执法科', `2024-0${n + 1}-10`, { actual: null })),
  // 执法科 依申请公开: one request late on two counts → −6 once.
  { rule: 'req/answer-late', subject: 'R1', section: '执法科', due: '2024-07-01', actual: '2024-07-10', late: 7 },
  { rule: 'req/extension-unapproved', subject: 'R1', section: '执法科', due: '2024-07-01', actual: '2024-07-10', late: 7 },
  // The agency as a whole: annual report late −5, a stale column −2.
  { rule: 'report/annual-late', subject: '2023', section: null, due: '2024-01-31', actual: '2024-02-07', late: 5 },
  { rule: 'pub/column-stale', subject: '门户网站/工作动态', section: null, due: '2024-09-01', actual: null, late: 20 },
  // 办公室 保密审查 −6.
  doc('doc/withheld-but-published', 'D7', '办公室', '2024-08-01'),
  // A rule the default scheme does not score.
  doc('doc/index-number-missing', 'D8', '办公室', '2024-08-02'),
];

export async function seedAppraisalScenario(db: Kysely<Database>): Promise<number[]> {
  await addAgency(db, AGENCY, AGENCY_NAME);
  // 应急科 has documents but no findings: it still gets a row, with full marks.
  await db
    .insertInto('document')
    .values({ agency: AGENCY, record_key: 'Y1', section: '应急科', title: '应急预案', formed_on: '2024-01-05' })
    .execute();
  await addRequests(db, AGENCY, [
    // 执法科: a review and a lawsuit lost → 2 × −3.
    { request_no: 'R1', applicant_type: '自然人', section: '执法科', received_on: '2024-06-01', answered_on: '2024-07-10', outcome: '予以公开', review_result: '纠正', litigation_result: '复议后-纠正' },
    { request_no: 'R9', applicant_type: '自然人', section: '办公室', received_on: '2024-03-01', answered_on: '2024-03-20', outcome: '予以公开', litigation_result: '维持' },
    // 2023: 办公室 review lost → last year −3.
    { request_no: 'R8', applicant_type: '自然人', section: '办公室', received_on: '2023-03-01', answered_on: '2023-03-20', outcome: '予以公开', review_result: '纠正' },
  ]);
  return addFindings(db, AGENCY, FINDINGS);
}

/** Scores under the default scheme: 主动公开, 年度报告, 依申请公开, 保密审查, 栏目更新, total, grade. */
export const EXPECTED_2024 = {
  办公室: { items: [20, 10, 30, 14, 10], total: 84, grade: '合格' },
  应急科: { items: [30, 10, 30, 20, 10], total: 100, grade: '优秀' },
  执法科: { items: [0, 10, 18, 20, 10], total: 58, grade: '不合格' },
  '（机关整体）': { items: [30, 5, 30, 20, 8], total: 93, grade: '优秀' },
  agency: { items: [0, 5, 18, 14, 8], total: 45, grade: '不合格' },
};
export const EXPECTED_2023 = { 办公室: 92, agency: 92 };
