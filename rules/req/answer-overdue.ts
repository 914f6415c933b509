import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';
import { ANSWER_DEADLINE_RUNS, requestDeadlineDetails } from './explain.ts';

export default defineRowRule({
  meta: {
    id: 'req/answer-overdue',
    ledger: 'requests',
    title: { zh: '逾期未答复', en: 'Request unanswered past its deadline' },
    severity: 'error',
    articles: ['条例第三十三条', '吴江规定第二十二条'],
    description: '截至检查日仍未答复，且已超过答复期限（含补正重新计算、征求意见扣除与批准的延期）。',
    deadlines: ['answerWorkdays', 'extensionMaxWorkdays'],
    schema: Type.Object({}),
    messages: {
      overdue: '申请 {{subject}} 应于 {{due}} 前答复，截至 {{asOf}} 仍未答复，已逾期 {{lateWorkdays}} 个工作日',
    },
  },
  create: ({ asOf, deadlines }) => ({
    when: sql`${ANSWER_DEADLINE_RUNS} and x.answered_on is null and ${asOf} > x.answer_due`,
    due: sql`x.answer_due`,
    late: 'actual-or-as-of',
    details: requestDeadlineDetails(deadlines),
    messageId: 'overdue',
  }),
});
