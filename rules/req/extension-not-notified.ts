import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';
import { ANSWER_DEADLINE_RUNS, requestDeadlineDetails } from './explain.ts';

export default defineRowRule({
  meta: {
    id: 'req/extension-not-notified',
    ledger: 'requests',
    title: { zh: '延期未按时告知申请人', en: 'Extension not notified by the original deadline' },
    severity: 'error',
    articles: ['条例第三十三条第二款', '吴江规定第二十二条'],
    description: '延长答复期限的，应当在原答复期限内告知申请人。',
    deadlines: ['answerWorkdays'],
    schema: Type.Object({}),
    messages: {
      never: '申请 {{subject}} 已批准延期，但没有告知申请人的记录（原答复期限 {{due}}）',
      late: '申请 {{subject}} 的延期于 {{actual}} 才告知申请人，晚于原答复期限 {{due}}',
    },
  },
  create: ({ asOf, deadlines }) => ({
    // A notice still missing is a finding only once the original deadline has passed at the as-of date.
    when: sql`${ANSWER_DEADLINE_RUNS} and x.extension_approved_on is not null and x.base_due is not null
              and (x.extension_notified_on > x.base_due or (x.extension_notified_on is null and ${asOf} > x.base_due))`,
    due: sql`x.base_due`,
    actual: sql`x.extension_notified_on`,
    late: 'actual',
    details: requestDeadlineDetails(deadlines),
    messageId: sql`case when x.extension_notified_on is null then 'never' else 'late' end`,
  }),
});
