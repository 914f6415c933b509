import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';

export default defineRowRule({
  meta: {
    id: 'doc/attribute-missing',
    ledger: 'documents',
    title: { zh: '公文未标注公开属性', en: 'Official document without a disclosure attribute' },
    severity: 'warning',
    articles: ['普陀规定第十条', '吴江规定第十三条'],
    description: '公文在拟稿时应注明主动公开、依申请公开或不予公开的属性。',
    schema: Type.Object({}),
    messages: { missing: '公文《{{title}}》未标注公开属性（主动公开／依申请公开／不予公开）' },
  },
  create: () => ({
    when: sql`x.kind = '公文' and x.attribute is null`,
    late: 'none',
    details: sql`jsonb_build_object('title', x.title, 'docNo', x.doc_no, 'kind', x.kind)`,
    messageId: 'missing',
  }),
});
