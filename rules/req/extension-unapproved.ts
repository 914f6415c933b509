import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';
import { ANSWER_DEADLINE_RUNS, requestDeadlineDetails } from './explain.ts';

export default defineRowRule({
  meta: {
    id: 'req/extension-unapproved',
    ledger: 'requests',
    title: { zh: '未经批准延期答复', en: 'Answered past 20 working days with no approved extension' },
    severity: 'error',
    articles: ['条例第三十三条第二款', '吴江规定第二十二条'],
    description: '需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人。',
    deadlines: ['answerWorkdays'],
    schema: Type.Object({}),
    messages: {
      unapproved: '申请 {{subject}} 超过原答复期限 {{due}}，于 {{actual}} 答复，但没有经批准的延期',
    },
  },
  create: ({ deadlines }) => ({
    when: sql`${ANSWER_DEADLINE_RUNS} and x.extension_approved_on is null and x.answered_on > x.base_due`,
    due: sql`x.base_due`,
    actual: sql`x.answered_on`,
    late: 'actual',
    details: requestDeadlineDetails(deadlines),
    messageId: 'unapproved',
  }),
});
