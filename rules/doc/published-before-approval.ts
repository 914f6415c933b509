import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';

export default defineRowRule({
  meta: {
    id: 'doc/published-before-approval',
    ledger: 'documents',
    title: { zh: '提前公开', en: 'Published before it was formed or approved' },
    severity: 'error',
    articles: ['条例第十七条', '普陀规定第三条第（二）项'],
    description: '发布日期早于信息形成日期或领导审定日期，属于提前公开。',
    schema: Type.Object({}),
    messages: {
      early: '《{{title}}》于 {{actual}} 发布，早于形成或审定日期 {{due}}',
    },
  },
  create: () => ({
    when: sql`x.published_on < x.formed_on or (x.approved_on is not null and x.published_on < x.approved_on)`,
    due: sql`greatest(x.formed_on, x.approved_on)`,
    actual: sql`x.published_on`,
    late: 'none',
    details: sql`jsonb_build_object('title', x.title, 'formedOn', x.formed_on, 'approvedOn', x.approved_on)`,
    messageId: 'early',
  }),
});
