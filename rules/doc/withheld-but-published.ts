import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';

export default defineRowRule({
  meta: {
    id: 'doc/withheld-but-published',
    ledger: 'documents',
    title: { zh: '不予公开信息被公开', en: 'Withheld information published' },
    severity: 'error',
    articles: ['条例第十四条', '条例第十五条', '条例第十六条', '吴江规定第二十六条'],
    description: '标注为不予公开的信息出现在发布记录中：或属误发，或属性标注有误。',
    schema: Type.Object({}),
    messages: { published: '《{{title}}》标注为不予公开，却于 {{actual}} 公开发布' },
  },
  create: () => ({
    when: sql`x.attribute = '不予公开' and x.first_published_on is not null`,
    actual: sql`x.first_published_on`,
    late: 'none',
    details: sql`jsonb_build_object('title', x.title, 'docNo', x.doc_no, 'publishedOn', x.published_on,
      'firstPublicationOn', x.first_published_on)`,
    messageId: 'published',
  }),
});
