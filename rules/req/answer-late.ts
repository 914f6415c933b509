import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';
import { ANSWER_DEADLINE_RUNS, requestDeadlineDetails } from './explain.ts';

export default defineRowRule({
  meta: {
    id: 'req/answer-late',
    ledger: 'requests',
    title: { zh: '答复超期', en: 'Request answered late' },
    severity: 'error',
    articles: ['条例第三十三条', '条例第三十条', '条例第三十二条', '吴江规定第二十二条'],
    description:
      '不能当场答复的，应当自收到申请之日起 20 个工作日内答复；补正后自收到补正之日起重新计算，' +
      '征求第三方意见的时间不计算在内，经批准延期的可延长不超过 20 个工作日。',
    deadlines: ['answerWorkdays', 'extensionMaxWorkdays'],
    schema: Type.Object({}),
    messages: {
      late: '申请 {{subject}} 应于 {{due}} 前答复，实际 {{actual}} 答复，超期 {{lateWorkdays}} 个工作日',
    },
  },
  create: ({ deadlines }) => ({
    when: sql`${ANSWER_DEADLINE_RUNS} and x.answered_on > x.answer_due`,
    due: sql`x.answer_due`,
    actual: sql`x.answered_on`,
    late: 'actual',
    details: requestDeadlineDetails(deadlines),
    messageId: 'late',
  }),
});
