import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';
import { ANSWER_DEADLINE_RUNS, requestDeadlineDetails } from './explain.ts';

export default defineRowRule({
  meta: {
    id: 'req/extension-late-approval',
    ledger: 'requests',
    title: { zh: '延期审批晚于原答复期限', en: 'Extension approved after the original deadline' },
    severity: 'error',
    articles: ['条例第三十三条第二款', '吴江规定第二十二条'],
    description: '延期须在原答复期限届满前批准；期限届满后补办的延期不能弥补超期。',
    deadlines: ['answerWorkdays'],
    schema: Type.Object({}),
    messages: {
      late: '申请 {{subject}} 的延期于 {{actual}} 批准，晚于原答复期限 {{due}}（{{lateWorkdays}} 个工作日）',
    },
  },
  create: ({ deadlines }) => ({
    when: sql`${ANSWER_DEADLINE_RUNS} and x.extension_approved_on > x.base_due`,
    due: sql`x.base_due`,
    actual: sql`x.extension_approved_on`,
    late: 'actual',
    details: requestDeadlineDetails(deadlines),
    messageId: 'late',
  }),
});
