import { ruleTester } from '../../helpers/rule-tester.ts';

// 普陀规定第九条: the disclosure office publishes proactive information within 5 working days of receiving
// it from the section (submitted_on). Runs under shanghai-putuo.
ruleTester('doc/release-late', {
  valid: [
    {
      // wd(Fri 2024-09-27, 5) = Sun 09-29 (worked), 09-30, then 10-08, 10-09, 10-10: 2024-10-10.
      // Weekends only would have ended on 10-04.
      name: 'published on the 5th working day across National Day 2024',
      documents: [{ attribute: '主动公开', formed_on: '2024-09-20', submitted_on: '2024-09-27', published_on: '2024-10-10' }],
    },
    {
      // wd(2024-02-06, 5) = 02-07, 02-08, 02-09, Sun 02-18 (worked), 02-19 (weekends only: 02-13).
      name: 'published on the 5th working day across Spring Festival 2024',
      documents: [{ attribute: '主动公开', formed_on: '2024-02-01', submitted_on: '2024-02-06', published_on: '2024-02-19' }],
    },
    {
      name: 'a 依申请公开 document published late is not proactive information',
      documents: [{ attribute: '依申请公开', formed_on: '2024-09-20', submitted_on: '2024-09-27', published_on: '2024-11-01' }],
    },
    {
      name: 'published with no submission date (no base date to count from)',
      documents: [{ attribute: '主动公开', formed_on: '2024-09-20', submitted_on: null, published_on: '2024-11-01' }],
    },
    {
      name: 'submitted but not yet published',
      documents: [{ attribute: '主动公开', formed_on: '2024-09-20', submitted_on: '2024-09-27', published_on: null }],
    },
  ],
  invalid: [
    {
      // Due 2024-10-10; 10-11 and the makeup Saturday 10-12 are workdays, so 10-14 is 3 workdays late.
      name: 'published three working days late, counting the makeup Saturday',
      documents: [
        {
          record_key: 'PT-2024-081',
          title: '国庆期间安全生产检查情况通报',
          attribute: '主动公开',
          formed_on: '2024-09-20',
          submitted_on: '2024-09-27',
          published_on: '2024-10-14',
        },
      ],
      errors: [
        {
          subject: 'PT-2024-081',
          due: '2024-10-10',
          actual: '2024-10-14',
          lateWorkdays: 3,
          messageId: 'late',
          details: { title: '国庆期间安全生产检查情况通报', submittedOn: '2024-09-27', limitWorkdays: 5 },
        },
      ],
    },
    {
      name: 'Spring Festival 2024: published the day after the deadline',
      documents: [
        { record_key: 'PT-2024-012', attribute: '主动公开', formed_on: '2024-02-01', submitted_on: '2024-02-06', published_on: '2024-02-20' },
      ],
      errors: [{ subject: 'PT-2024-012', due: '2024-02-19', actual: '2024-02-20', lateWorkdays: 1 }],
    },
    {
      // wd(Fri 2025-04-25, 5) = Sun 04-27 (worked), 04-28, 04-29, 04-30, then 05-06 after Labour Day
      // (weekends only: 05-02, and 05-09 would be 5 days late).
      name: 'Labour Day 2025: due 2025-05-06, published on 05-09',
      documents: [
        { record_key: 'PT-2025-041', attribute: '主动公开', formed_on: '2025-04-21', submitted_on: '2025-04-25', published_on: '2025-05-09' },
      ],
      errors: [{ subject: 'PT-2025-041', due: '2025-05-06', actual: '2025-05-09', lateWorkdays: 3, messageId: 'late' }],
    },
  ],
});
