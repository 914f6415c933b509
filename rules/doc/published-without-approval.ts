import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';

export default defineRowRule({
  meta: {
    id: 'doc/published-without-approval',
    ledger: 'documents',
    title: { zh: '发布前未经领导审定', en: 'Published without leader approval' },
    severity: 'error',
    articles: ['普陀规定第五条', '普陀规定第八条', '普陀规定第三条第（二）项'],
    description: '主动公开信息应报局领导审定后发布，未经批准不得擅自对外发布。',
    schema: Type.Object({}),
    messages: {
      missing: '《{{title}}》于 {{due}} 发布，发布前未经领导审定',
      after: '《{{title}}》于 {{due}} 发布，领导审定却在 {{actual}}，晚于发布',
    },
  },
  create: () => ({
    when: sql`x.published_on is not null and (x.approved_on is null or x.approved_on > x.published_on)`,
    due: sql`x.published_on`,
    actual: sql`x.approved_on`,
    late: 'actual',
    details: sql`jsonb_build_object('title', x.title, 'approvedBy', x.approved_by)`,
    messageId: sql`case when x.approved_on is null then 'missing' else 'after' end`,
  }),
});
