import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';

export default defineRowRule({
  meta: {
    id: 'doc/index-number-missing',
    ledger: 'documents',
    title: { zh: '公开信息缺少索引号', en: 'Published document without an index number' },
    severity: 'warning',
    articles: ['条例第十二条', '吴江规定第九条'],
    description: '政府信息公开目录应当包括政府信息的索引、名称、内容概述、生成日期等内容。',
    schema: Type.Object({}),
    messages: { missing: '《{{title}}》已于 {{publishedOn}} 公开发布，但没有索引号' },
  },
  // Whatever its attribute: a document on the portal is in the disclosure catalogue, which indexes
  // everything published (a requested document later published, too).
  create: () => ({
    when: sql`x.published_on is not null and nullif(btrim(coalesce(x.index_no, '')), '') is null`,
    late: 'none',
    details: sql`jsonb_build_object('title', x.title, 'publishedOn', x.published_on, 'docNo', x.doc_no)`,
    messageId: 'missing',
  }),
});
