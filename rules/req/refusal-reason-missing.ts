import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';

export default defineRowRule({
  meta: {
    id: 'req/refusal-reason-missing',
    ledger: 'requests',
    title: { zh: '不予公开未说明理由', en: 'Refusal without a reason' },
    severity: 'error',
    articles: ['条例第三十六条第（三）项', '条例第三十七条', '吴江规定第十九条第（三）项'],
    description: '决定不予公开（含部分公开中不予公开的部分）的，应当告知申请人不予公开的理由。',
    schema: Type.Object({}),
    messages: { missing: '申请 {{subject}} 的办理结果为“{{outcome}}”，未记录不予公开的理由' },
  },
  create: () => ({
    when: sql`(x.outcome like '不予公开%' or x.outcome = '部分公开')
              and nullif(btrim(coalesce(x.refusal_reason, '')), '') is null`,
    late: 'none',
    details: sql`jsonb_build_object('outcome', x.outcome, 'answeredOn', x.answered_on)`,
    messageId: 'missing',
  }),
});
