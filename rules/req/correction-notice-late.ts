import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';
import { requestDeadlineDetails } from './explain.ts';

export default defineRowRule({
  meta: {
    id: 'req/correction-notice-late',
    ledger: 'requests',
    title: { zh: '补正告知超期', en: 'Correction notice sent late' },
    severity: 'error',
    articles: ['条例第三十条'],
    description: '申请内容不明确的，应当自收到申请之日起 7 个工作日内一次性告知申请人作出补正。',
    deadlines: ['correctionNoticeWorkdays'],
    schema: Type.Object({}),
    messages: {
      late: '申请 {{subject}} 于 {{receivedOn}} 收到，应于 {{due}} 前告知补正，实际 {{actual}} 告知，超期 {{lateWorkdays}} 个工作日',
    },
  },
  create: ({ deadlines }) => ({
    when: sql`x.correction_requested_on > x.correction_due`,
    due: sql`x.correction_due`,
    actual: sql`x.correction_requested_on`,
    late: 'actual',
    details: requestDeadlineDetails(
      deadlines,
      sql`jsonb_build_object('limitWorkdays', ${deadlines.correctionNoticeWorkdays}::int)`,
    ),
    messageId: 'late',
  }),
});
