import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';

export default defineRowRule({
  meta: {
    id: 'doc/portal-not-first',
    ledger: 'documents',
    title: { zh: '未以政府门户网站为第一发布平台', en: 'Published elsewhere before the government portal' },
    severity: 'warning',
    articles: ['吴江规定第十四条第二款'],
    description: '政府门户网站应作为政务公开的第一发布平台：主动公开信息不得先于门户网站在其他渠道发布。',
    schema: Type.Object({}),
    messages: {
      earlier: '《{{title}}》于 {{due}} 先在其他渠道发布，门户网站 {{actual}} 才发布',
      absent: '《{{title}}》于 {{due}} 在其他渠道发布，门户网站没有发布记录',
    },
  },
  create: () => ({
    // Documents and publications are linked by 文号; on the same day the order cannot be told apart.
    when: sql`x.attribute = '主动公开' and x.doc_no is not null and x.first_other_on is not null
              and (x.first_portal_any_on is null or x.first_other_on < x.first_portal_any_on)`,
    due: sql`x.first_other_on`,
    actual: sql`x.first_portal_any_on`,
    late: 'actual',
    details: sql`jsonb_build_object('title', x.title, 'docNo', x.doc_no, 'firstOtherChannelOn', x.first_other_on,
      'firstPortalOn', x.first_portal_any_on)`,
    messageId: sql`case when x.first_portal_any_on is null then 'absent' else 'earlier' end`,
  }),
});
