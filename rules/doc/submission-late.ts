import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';

export default defineRowRule({
  meta: {
    id: 'doc/submission-late',
    ledger: 'documents',
    title: { zh: '科室报送超期', en: 'Section submitted information late' },
    severity: 'error',
    articles: ['普陀规定第九条'],
    description: '各科室应于信息产生（形成或变更）后规定工作日内报政务信息组。',
    deadlines: ['sectionSubmissionWorkdays'],
    schema: Type.Object({}),
    messages: {
      late: '《{{title}}》形成于 {{formedOrChanged}}，应于 {{due}} 前报送，实际 {{actual}} 报送，超期 {{lateWorkdays}} 个工作日',
    },
  },
  create: ({ deadlines }) => ({
    when: sql`x.submitted_on > x.submission_due`,
    due: sql`x.submission_due`,
    actual: sql`x.submitted_on`,
    late: 'actual',
    details: sql`jsonb_build_object('title', x.title, 'formedOn', x.formed_on, 'changedOn', x.changed_on,
      'formedOrChanged', x.fc, 'limitWorkdays', ${deadlines.sectionSubmissionWorkdays}::int)`,
    messageId: 'late',
  }),
});
