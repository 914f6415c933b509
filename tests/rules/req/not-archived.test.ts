import { ruleTester } from '../../helpers/rule-tester.ts';

// An answered request archived within the profile's limit (吴江规定第二十三条; 20 working days by default,
// suzhou-wujiang-2023): due = wd(answered_on, 20), actual = archived_on, or null and counted to the as-of
// date. Dates checked with `gongkai calendar`:
//   wd(2024-10-08, 20) = 2024-11-04 (weekends only: 11-05), wd(2025-09-26, 20) = 2025-10-30 (weekends only: 10-24),
//   wd(2025-01-20, 20) = 2025-02-21 (weekends only: 02-17).
ruleTester('req/not-archived', {
  valid: [
    {
      name: 'archived on the 20th working day after the answer',
      requests: [{ received_on: '2024-09-20', answered_on: '2024-10-08', archived_on: '2024-11-04' }],
    },
    {
      name: 'not archived yet, the as-of date is the due date itself',
      requests: [{ received_on: '2024-09-20', answered_on: '2024-10-08' }],
      asOf: '2024-11-04',
    },
    {
      // Weekends only: due 10-24.
      name: 'National Day 2025: archived on 2025-10-30 is in time',
      requests: [{ received_on: '2025-09-10', answered_on: '2025-09-26', archived_on: '2025-10-30' }],
    },
    {
      // Weekends only: due 02-17.
      name: 'Spring Festival 2025: not archived yet on 2025-02-21 is not late',
      requests: [{ received_on: '2025-01-06', answered_on: '2025-01-20' }],
      asOf: '2025-02-21',
    },
    { name: 'unanswered: nothing to archive', requests: [{ received_on: '2024-09-20' }] },
  ],
  invalid: [
    {
      name: 'archived two working days late',
      requests: [{ request_no: '吴应急依申〔2024〕50号', received_on: '2024-09-20', answered_on: '2024-10-08', archived_on: '2024-11-06' }],
      errors: [
        {
          subject: '吴应急依申〔2024〕50号',
          due: '2024-11-04',
          actual: '2024-11-06',
          lateWorkdays: 2,
          messageId: 'late',
          details: { answeredOn: '2024-10-08', limitWorkdays: 20 },
        },
      ],
    },
    {
      // Weekends only: due 11-05 and not yet late on 11-05.
      name: 'never archived, one working day past due at the as-of date',
      requests: [{ received_on: '2024-09-20', answered_on: '2024-10-08' }],
      asOf: '2024-11-05',
      errors: [{ due: '2024-11-04', actual: null, lateWorkdays: 1, messageId: 'never' }],
    },
    {
      // Weekends only: due 02-17, five working days late.
      name: 'Spring Festival 2025: archived 2025-02-24, one working day late',
      requests: [{ received_on: '2025-01-06', answered_on: '2025-01-20', archived_on: '2025-02-24' }],
      errors: [{ due: '2025-02-21', actual: '2025-02-24', lateWorkdays: 1, messageId: 'late' }],
    },
  ],
  throwing: [
    {
      name: 'an archive date in a year the calendar lacks names the year',
      requests: [{ received_on: '2026-11-20', answered_on: '2026-12-01', archived_on: '2027-01-20' }],
      asOf: '2026-12-31',
      throws: /2027/,
    },
  ],
});
