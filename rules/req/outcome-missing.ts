import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';

export default defineRowRule({
  meta: {
    id: 'req/outcome-missing',
    ledger: 'requests',
    title: { zh: '已答复未登记办理结果', en: 'Answered with no outcome category' },
    severity: 'warning',
    articles: ['条例第三十六条', '条例第五十条', '国办公开办函〔2021〕30号'],
    description: '答复应归入条例第三十六条的答复类型；年度报告按办理结果分类统计，缺少结果则无法统计。',
    schema: Type.Object({}),
    messages: { missing: '申请 {{subject}} 已于 {{answeredOn}} 答复，但未登记办理结果' },
  },
  create: () => ({
    when: sql`x.answered_on is not null and nullif(btrim(coalesce(x.outcome, '')), '') is null`,
    late: 'none',
    details: sql`jsonb_build_object('answeredOn', x.answered_on)`,
    messageId: 'missing',
  }),
});
