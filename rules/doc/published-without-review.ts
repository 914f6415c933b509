import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';

export default defineRowRule({
  meta: {
    id: 'doc/published-without-review',
    ledger: 'documents',
    title: { zh: '发布前未经保密审查', en: 'Published without a confidentiality review' },
    severity: 'error',
    articles: ['条例第十七条', '普陀规定第八条', '吴江规定第十八条'],
    description: '公开政府信息前应当依法进行保密审查（“未经审核的信息不准上网”）。',
    schema: Type.Object({}),
    messages: {
      missing: '《{{title}}》于 {{due}} 发布，发布前未经保密审查',
      after: '《{{title}}》于 {{due}} 发布，保密审查却在 {{actual}}，晚于发布',
    },
  },
  create: () => ({
    when: sql`x.published_on is not null and (x.reviewed_on is null or x.reviewed_on > x.published_on)`,
    due: sql`x.published_on`,
    actual: sql`x.reviewed_on`,
    late: 'actual',
    details: sql`jsonb_build_object('title', x.title, 'reviewer', x.reviewer)`,
    messageId: sql`case when x.reviewed_on is null then 'missing' else 'after' end`,
  }),
});
