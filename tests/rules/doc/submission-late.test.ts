import { ruleTester } from '../../helpers/rule-tester.ts';

// 普陀规定第九条: a section sends new information to the disclosure office within 15 working days of its
// being formed (or changed: the later date counts), whatever its attribute. Runs under shanghai-putuo.
ruleTester('doc/submission-late', {
  valid: [
    {
      // 15 workdays after Fri 2024-09-20 count Sun 09-29 (worked), skip 10-01..07 and count Sat 10-12:
      // 2024-10-16. A weekends-only calendar would have ended on 10-11 and called this late.
      name: 'submitted on the 15th working day across National Day 2024',
      documents: [{ formed_on: '2024-09-20', submitted_on: '2024-10-16', attribute: '主动公开' }],
    },
    {
      name: 'a later change restarts the count (changed 2024-09-20, formed months before)',
      documents: [{ formed_on: '2024-06-03', changed_on: '2024-09-20', submitted_on: '2024-10-16', attribute: '主动公开' }],
    },
    {
      // Formed on a holiday (2024-10-03): counting starts at the next workday, 10-08; the 15th is 10-25.
      name: 'formed on a holiday, submitted on the 15th working day after it',
      documents: [{ formed_on: '2024-10-03', submitted_on: '2024-10-25', attribute: '依申请公开' }],
    },
    { name: 'submitted before the deadline', documents: [{ formed_on: '2024-09-20', submitted_on: '2024-09-23' }] },
    { name: 'not submitted at all (no open-item check)', documents: [{ formed_on: '2024-09-20', submitted_on: null }] },
  ],
  invalid: [
    {
      name: 'submitted two working days late after National Day 2024',
      documents: [
        {
          record_key: 'PT-2024-071',
          title: '关于开展危化品专项检查的通知',
          formed_on: '2024-09-20',
          submitted_on: '2024-10-18',
          attribute: '主动公开',
        },
      ],
      errors: [
        {
          subject: 'PT-2024-071',
          due: '2024-10-16',
          actual: '2024-10-18',
          lateWorkdays: 2,
          messageId: 'late',
          details: {
            title: '关于开展危化品专项检查的通知',
            formedOn: '2024-09-20',
            changedOn: null,
            formedOrChanged: '2024-09-20',
            limitWorkdays: 15,
          },
        },
      ],
    },
    {
      name: 'the later changed_on is the base date',
      documents: [
        { record_key: 'PT-2024-072', formed_on: '2024-06-03', changed_on: '2024-09-20', submitted_on: '2024-10-17' },
      ],
      errors: [
        {
          subject: 'PT-2024-072',
          due: '2024-10-16',
          actual: '2024-10-17',
          lateWorkdays: 1,
          details: { formedOn: '2024-06-03', changedOn: '2024-09-20', formedOrChanged: '2024-09-20' },
        },
      ],
    },
    {
      // wd(2025-01-20, 15): Sun 01-26 worked, 01-28..02-04 off, Sat 02-08 worked → 2025-02-14
      // (weekends only: 02-10, and 02-17 would be 5 days late).
      name: 'Spring Festival 2025: due 2025-02-14, submitted the next Monday',
      documents: [{ record_key: 'PT-2025-008', formed_on: '2025-01-20', submitted_on: '2025-02-17', attribute: '不予公开' }],
      errors: [{ subject: 'PT-2025-008', due: '2025-02-14', actual: '2025-02-17', lateWorkdays: 1, messageId: 'late' }],
    },
    {
      name: 'submitted on a Saturday after the deadline counts up to the Friday before',
      documents: [{ record_key: 'PT-2024-073', formed_on: '2024-09-20', submitted_on: '2024-10-19' }],
      errors: [{ subject: 'PT-2024-073', due: '2024-10-16', actual: '2024-10-19', lateWorkdays: 2 }],
    },
  ],
  throwing: [
    {
      name: 'a document formed in a year the calendar lacks names the year',
      documents: [{ formed_on: '2018-12-20', submitted_on: '2019-01-20' }],
      throws: /2018/,
    },
    {
      name: 'a submission date past the loaded calendar names the year',
      documents: [{ formed_on: '2026-12-01', submitted_on: '2027-01-15' }],
      asOf: '2026-12-31',
      throws: /2027/,
    },
  ],
});
