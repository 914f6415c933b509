import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';
import { requestDeadlineDetails } from './explain.ts';

export default defineRowRule({
  meta: {
    id: 'req/extension-too-long',
    ledger: 'requests',
    title: { zh: '延期超过 20 个工作日', en: 'Extension longer than 20 working days' },
    severity: 'error',
    articles: ['条例第三十三条第二款', '吴江规定第二十二条'],
    description: '延长答复的期限最长不得超过 20 个工作日。',
    deadlines: ['extensionMaxWorkdays'],
    schema: Type.Object({}),
    messages: { tooLong: '申请 {{subject}} 批准延期 {{extensionWorkdays}} 个工作日，超过法定上限 {{maxWorkdays}} 个工作日' },
  },
  create: ({ deadlines }) => ({
    when: sql`x.extension_approved_on is not null and x.extension_workdays > ${deadlines.extensionMaxWorkdays}::int`,
    late: 'none',
    details: requestDeadlineDetails(
      deadlines,
      sql`jsonb_build_object('maxWorkdays', ${deadlines.extensionMaxWorkdays}::int)`,
    ),
    messageId: 'tooLong',
  }),
});
