import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';

export default defineRowRule({
  meta: {
    id: 'doc/release-late',
    ledger: 'documents',
    title: { zh: '政务信息组发布超期', en: 'Office released proactive information late' },
    severity: 'error',
    articles: ['普陀规定第九条'],
    description: '政务工作人员收到科室报送的主动公开信息后，应在规定工作日内报门户网站“政务公开”栏目发布。',
    deadlines: ['officeReleaseWorkdays'],
    schema: Type.Object({}),
    messages: {
      late: '《{{title}}》于 {{submittedOn}} 报送，应于 {{due}} 前发布，实际 {{actual}} 发布，超期 {{lateWorkdays}} 个工作日',
    },
  },
  create: ({ deadlines }) => ({
    when: sql`x.attribute = '主动公开' and x.published_on > x.release_due`,
    due: sql`x.release_due`,
    actual: sql`x.published_on`,
    late: 'actual',
    details: sql`jsonb_build_object('title', x.title, 'submittedOn', x.submitted_on,
      'limitWorkdays', ${deadlines.officeReleaseWorkdays}::int)`,
    messageId: 'late',
  }),
});
