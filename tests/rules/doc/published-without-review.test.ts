import { ruleTester } from '../../helpers/rule-tester.ts';

// 条例第十七条, 普陀规定第八条 ("未经审核的信息不准上网"), 吴江规定第十八条: information is reviewed for
// confidentiality on or before the day it is published. due = the publication date, actual = the review
// date; a review after publication is late by the working days between them.
ruleTester('doc/published-without-review', {
  valid: [
    {
      name: 'reviewed on the day of publication',
      documents: [{ attribute: '主动公开', reviewed_on: '2025-06-03', reviewer: '陆建明', published_on: '2025-06-03' }],
    },
    {
      name: 'reviewed before publication',
      documents: [{ attribute: '主动公开', reviewed_on: '2025-05-28', reviewer: '陆建明', published_on: '2025-06-03' }],
    },
    { name: 'not published and not reviewed', documents: [{ attribute: '主动公开', published_on: null, reviewed_on: null }] },
    {
      name: 'reviewed but not published',
      documents: [{ attribute: '主动公开', published_on: null, reviewed_on: '2025-06-03' }],
    },
  ],
  invalid: [
    {
      name: 'published with no review',
      documents: [
        { record_key: 'PT-2025-091', title: '夏季高温安全提示', attribute: '主动公开', published_on: '2025-06-03', reviewed_on: null },
      ],
      errors: [
        {
          subject: 'PT-2025-091',
          due: '2025-06-03',
          actual: null,
          lateWorkdays: null,
          messageId: 'missing',
          details: { title: '夏季高温安全提示', reviewer: null },
        },
      ],
    },
    {
      // Published Mon 2024-09-30, reviewed Tue 10-08: the whole National Day week lies between them, yet it
      // is one working day (weekends only would count six).
      name: 'reviewed after publication, across National Day 2024',
      documents: [
        {
          record_key: 'PT-2024-092',
          title: '国庆假期安全生产值班安排',
          attribute: '主动公开',
          published_on: '2024-09-30',
          reviewed_on: '2024-10-08',
          reviewer: '陆建明',
        },
      ],
      errors: [
        {
          subject: 'PT-2024-092',
          due: '2024-09-30',
          actual: '2024-10-08',
          lateWorkdays: 1,
          messageId: 'after',
          details: { title: '国庆假期安全生产值班安排', reviewer: '陆建明' },
        },
      ],
    },
    {
      // A review on a holiday after publication is still after it; no working day has passed: late 0.
      name: 'reviewed on a holiday after publication',
      documents: [{ record_key: 'PT-2024-093', published_on: '2024-09-30', reviewed_on: '2024-10-03' }],
      errors: [{ subject: 'PT-2024-093', due: '2024-09-30', actual: '2024-10-03', lateWorkdays: 0, messageId: 'after' }],
    },
    {
      name: 'any published document is judged, whatever its attribute',
      documents: [{ record_key: 'PT-2025-094', attribute: '依申请公开', published_on: '2025-03-10' }],
      errors: [{ subject: 'PT-2025-094', due: '2025-03-10', actual: null, messageId: 'missing' }],
    },
  ],
});
