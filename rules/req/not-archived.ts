import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';

export default defineRowRule({
  meta: {
    id: 'req/not-archived',
    ledger: 'requests',
    title: { zh: '办结后未及时归档', en: 'Answered but not archived in time' },
    severity: 'info',
    articles: ['吴江规定第二十三条第一款'],
    description: '应当建立健全申请接收、登记、审核、办理、答复、归档的工作制度；办结后应在规定期限内归档。',
    deadlines: ['archiveWorkdays'],
    schema: Type.Object({}),
    messages: {
      never: '申请 {{subject}} 于 {{answeredOn}} 答复，应于 {{due}} 前归档，截至 {{asOf}} 未归档',
      late: '申请 {{subject}} 于 {{answeredOn}} 答复，应于 {{due}} 前归档，实际 {{actual}} 归档',
    },
  },
  create: ({ asOf, deadlines }) => ({
    when: sql`x.answered_on is not null and x.archive_due is not null
              and (x.archived_on > x.archive_due or (x.archived_on is null and ${asOf} > x.archive_due))`,
    due: sql`x.archive_due`,
    actual: sql`x.archived_on`,
    late: 'actual-or-as-of',
    details: sql`jsonb_build_object('answeredOn', x.answered_on, 'limitWorkdays', ${deadlines.archiveWorkdays}::int)`,
    messageId: sql`case when x.archived_on is null then 'never' else 'late' end`,
  }),
});
