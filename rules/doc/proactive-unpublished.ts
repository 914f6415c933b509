import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';

export default defineRowRule({
  meta: {
    id: 'doc/proactive-unpublished',
    ledger: 'documents',
    title: { zh: '主动公开信息逾期未公开', en: 'Proactive information still unpublished past its deadline' },
    severity: 'error',
    articles: ['条例第二十六条', '吴江规定第十四条'],
    description: '主动公开的政府信息截至检查日仍未公开，且已超过自形成或变更之日起 20 个工作日的期限。',
    deadlines: ['proactiveWorkdays'],
    schema: Type.Object({}),
    messages: {
      overdue: '《{{title}}》应于 {{due}} 前公开，截至 {{asOf}} 仍未公开，已逾期 {{lateWorkdays}} 个工作日',
    },
  },
  create: ({ asOf, deadlines }) => ({
    // Information repealed on or before its deadline no longer has to be published.
    when: sql`x.attribute = '主动公开' and x.published_on is null and ${asOf} > x.proactive_due
              and (x.repealed_on is null or x.repealed_on > x.proactive_due)`,
    due: sql`x.proactive_due`,
    late: 'actual-or-as-of',
    details: sql`jsonb_build_object('title', x.title, 'formedOn', x.formed_on, 'changedOn', x.changed_on,
      'formedOrChanged', x.fc, 'limitWorkdays', ${deadlines.proactiveWorkdays}::int)`,
    messageId: 'overdue',
  }),
});
