import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';
import { requestDeadlineDetails } from './explain.ts';

export default defineRowRule({
  meta: {
    id: 'req/receipt-confirmation-late',
    ledger: 'requests',
    title: { zh: '收到申请未及时确认', en: 'Receipt confirmed later than the day of arrival' },
    severity: 'warning',
    articles: ['条例第三十一条'],
    description:
      '以平常信函提交的，以双方确认之日为收到申请之日；通过互联网渠道或传真提交的，以双方确认之日为收到申请之日。' +
      '确认应在到达当日完成，否则答复期限被推迟。',
    schema: Type.Object({}),
    messages: {
      late: '申请 {{subject}}（{{channel}}）于 {{due}} 到达，{{actual}} 才确认收到，推迟 {{lateWorkdays}} 个工作日',
    },
  },
  create: ({ deadlines }) => ({
    when: sql`x.channel in ('网络', '传真', '平常信函') and x.received_on > x.submitted_on`,
    due: sql`x.submitted_on`,
    actual: sql`x.received_on`,
    late: 'actual',
    details: requestDeadlineDetails(deadlines),
    messageId: 'late',
  }),
});
