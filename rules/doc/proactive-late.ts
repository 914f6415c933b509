import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';

export default defineRowRule({
  meta: {
    id: 'doc/proactive-late',
    ledger: 'documents',
    title: { zh: '主动公开超期', en: 'Proactive information published late' },
    severity: 'error',
    articles: ['条例第二十六条', '吴江规定第十四条'],
    description: '属于主动公开范围的政府信息，应当自该信息形成或者变更之日起 20 个工作日内予以公开。',
    deadlines: ['proactiveWorkdays'],
    schema: Type.Object({}),
    messages: {
      late: '《{{title}}》形成或变更于 {{formedOrChanged}}，应于 {{due}} 前公开，实际 {{actual}} 公开，超期 {{lateWorkdays}} 个工作日',
    },
  },
  create: ({ deadlines }) => ({
    when: sql`x.attribute = '主动公开' and x.published_on > x.proactive_due`,
    due: sql`x.proactive_due`,
    actual: sql`x.published_on`,
    late: 'actual',
    details: sql`jsonb_build_object('title', x.title, 'formedOn', x.formed_on, 'changedOn', x.changed_on,
      'formedOrChanged', x.fc, 'limitWorkdays', ${deadlines.proactiveWorkdays}::int)`,
    messageId: 'late',
  }),
});
