import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';

export default defineRowRule({
  meta: {
    id: 'doc/exempt-reason-missing',
    ledger: 'documents',
    title: { zh: '不予公开未说明理由', en: 'Withheld document without a reason' },
    severity: 'error',
    articles: ['普陀规定第十条', '普陀规定第七条', '条例第三十六条第（三）项'],
    description: '属于不予（免于）公开的政府信息，应当注明不予公开的理由及依据。',
    schema: Type.Object({}),
    messages: { missing: '《{{title}}》标注为不予公开，但未注明理由及依据' },
  },
  create: () => ({
    when: sql`x.attribute = '不予公开' and nullif(btrim(coalesce(x.exempt_reason, '')), '') is null
              and nullif(btrim(coalesce(x.exempt_basis, '')), '') is null`,
    late: 'none',
    details: sql`jsonb_build_object('title', x.title, 'docNo', x.doc_no)`,
    messageId: 'missing',
  }),
});
