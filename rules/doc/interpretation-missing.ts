import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';

export default defineRowRule({
  meta: {
    id: 'doc/interpretation-missing',
    ledger: 'documents',
    title: { zh: '规范性文件未同步解读', en: 'Normative document without its policy interpretation' },
    severity: 'warning',
    articles: ['吴江规定第十条', '国办发〔2016〕80号'],
    description: '行政规范性文件应与政策解读同步考虑、同步安排，解读材料与文件同步（或在规定工作日内）发布。',
    deadlines: ['interpretationWorkdays'],
    schema: Type.Object({}),
    messages: {
      missing: '规范性文件《{{title}}》于 {{publishedOn}} 发布，应于 {{due}} 前发布政策解读，截至 {{asOf}} 仍无解读',
      late: '规范性文件《{{title}}》于 {{publishedOn}} 发布，政策解读迟至 {{actual}} 发布',
    },
  },
  create: ({ asOf, deadlines }) => ({
    when: sql`x.category = '行政规范性文件' and x.interpretation_due is not null
      and (x.interpretation_published_on > x.interpretation_due
           or (x.interpretation_published_on is null and ${asOf} > x.interpretation_due))`,
    due: sql`x.interpretation_due`,
    actual: sql`x.interpretation_published_on`,
    late: 'actual-or-as-of',
    details: sql`jsonb_build_object('title', x.title, 'publishedOn', x.published_on,
      'limitWorkdays', ${deadlines.interpretationWorkdays}::int)`,
    messageId: sql`case when x.interpretation_published_on is null then 'missing' else 'late' end`,
  }),
});
