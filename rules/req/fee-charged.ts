import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';

export default defineRowRule({
  meta: {
    id: 'req/fee-charged',
    ledger: 'requests',
    title: { zh: '依申请提供信息收取费用', en: 'Fee charged for requested information' },
    severity: 'error',
    articles: ['吴江规定第二十三条第二款', '条例第四十二条'],
    description: '依申请提供政府信息，不得收取费用（吴江规定）；全国层面仅在超出合理数量时方可收取信息处理费。',
    schema: Type.Object({}),
    messages: { charged: '申请 {{subject}} 收取费用 {{fee}} 元' },
  },
  create: () => ({
    when: sql`x.fee > 0`,
    late: 'none',
    details: sql`jsonb_build_object('fee', x.fee)`,
    messageId: 'charged',
  }),
});
