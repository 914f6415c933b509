import { ruleTester } from '../../helpers/rule-tester.ts';

// A portal column not updated in time (国办秘函〔2019〕19号): dynamic columns (动态, 要闻, 新闻, 工作信息)
// within 14 calendar days, others within 6 months; due = last post + limit (calendar), late counted in
// working days from due to the as-of date.
const post = (column: string, published_on: string, channel = '门户网站') => ({ channel, column_name: column, published_on });

ruleTester('pub/column-stale', {
  valid: [
    {
      name: 'dynamic column judged on its due date (last post + 14 days)',
      publications: [post('工作动态', '2025-06-16')],
      asOf: '2025-06-30',
    },
    {
      name: 'the latest post counts, not the first',
      publications: [post('工作动态', '2025-05-06'), post('工作动态', '2025-06-20')],
      asOf: '2025-07-01',
    },
    {
      name: 'other column within 6 months',
      publications: [post('通知公告', '2025-01-15')],
      asOf: '2025-07-15',
    },
    {
      name: 'six months from August 31 end on the last day of February',
      publications: [post('政策文件', '2024-08-31')],
      asOf: '2025-02-28',
    },
    {
      name: 'a stale WeChat column is not a portal column',
      publications: [post('工作动态', '2024-11-01', '微信公众号')],
      asOf: '2025-07-01',
    },
    {
      name: 'posts with no column are not a column',
      publications: [{ channel: '门户网站', column_name: null, published_on: '2024-01-10' }],
      asOf: '2025-07-01',
    },
    {
      name: 'a news column is dynamic but fresh',
      publications: [post('图片新闻', '2025-06-25')],
      asOf: '2025-07-08',
    },
  ],
  invalid: [
    {
      name: 'a post after the as-of date does not freshen the column at it',
      publications: [post('工作动态', '2025-06-16'), post('工作动态', '2025-07-05')],
      asOf: '2025-07-01',
      errors: [{ subject: '门户网站/工作动态', due: '2025-06-30', lateWorkdays: 1, details: { lastPublishedOn: '2025-06-16', posts: 1 } }],
    },
    {
      name: 'dynamic column one day past its due date',
      publications: [post('工作动态', '2025-06-16'), post('工作动态', '2025-05-30')],
      asOf: '2025-07-01',
      errors: [
        {
          subject: '门户网站/工作动态',
          due: '2025-06-30',
          actual: null,
          lateWorkdays: 1,
          messageId: 'stale',
          details: { channel: '门户网站', column: '工作动态', lastPublishedOn: '2025-06-16', posts: 2, dynamic: true },
        },
      ],
    },
    {
      name: 'other column one day past six months',
      publications: [post('通知公告', '2025-01-15')],
      asOf: '2025-07-16',
      errors: [{ subject: '门户网站/通知公告', due: '2025-07-15', lateWorkdays: 1, details: { dynamic: false, posts: 1 } }],
    },
    {
      // 2025-03-01 and 03-02 are a weekend: one working day late on Monday.
      name: 'six months clamped to February 28, judged on the Monday after',
      publications: [post('政策文件', '2024-08-31')],
      asOf: '2025-03-03',
      errors: [{ subject: '门户网站/政策文件', due: '2025-02-28', lateWorkdays: 1 }],
    },
    {
      name: 'six months clamped to February 29 in a leap year',
      publications: [post('通知公告', '2023-08-31')],
      asOf: '2024-03-01',
      errors: [{ subject: '门户网站/通知公告', due: '2024-02-29', lateWorkdays: 1 }],
    },
    {
      // Due on 2025-10-01, inside the National Day holiday (10-01..10-08): the first working day after it
      // is one working day late (weekends only would say 7).
      name: 'due inside the National Day holiday',
      publications: [post('要闻', '2025-09-17')],
      asOf: '2025-10-09',
      errors: [{ subject: '门户网站/要闻', due: '2025-10-01', lateWorkdays: 1, details: { dynamic: true } }],
    },
    {
      name: 'every stale column of the portal, ordered by due date',
      publications: [
        post('工作信息', '2025-05-20'),
        post('政策解读', '2024-12-20'),
        post('工作动态', '2025-06-27'),
        post('工作信息', '2025-05-20', '微信公众号'),
      ],
      asOf: '2025-06-30',
      // 政策解读: 2024-12-20 + 6 months = 2025-06-20 (Fri), 6 workdays to 06-30; 工作信息: 2025-05-20 + 14 =
      // 2025-06-03 (Tue), 19 workdays to 06-30; 工作动态 (06-27 + 14 = 07-11) is fresh.
      errors: [
        { subject: '门户网站/工作信息', due: '2025-06-03', lateWorkdays: 19, details: { dynamic: true } },
        { subject: '门户网站/政策解读', due: '2025-06-20', lateWorkdays: 6, details: { dynamic: false } },
      ],
    },
    {
      name: 'a column of the government website named otherwise',
      publications: [post('通知公告', '2024-10-10', '政府网站')],
      asOf: '2025-06-30',
      errors: [{ subject: '政府网站/通知公告', due: '2025-04-10', details: { channel: '政府网站' } }],
    },
  ],
  throwing: [
    {
      name: 'a column last updated before the loaded calendar names the missing year',
      publications: [post('通知公告', '2018-03-01')],
      asOf: '2025-06-30',
      throws: /2018/,
    },
  ],
});
