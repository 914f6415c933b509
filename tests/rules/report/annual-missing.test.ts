import { ruleTester } from '../../helpers/rule-tester.ts';

// 条例第四十九条: no report on year Y by January 31 of Y+1, judged at the as-of date, for every year from the
// agency's first report on. Late by ord(asOf) − ord(Jan 31). 2025-01-28..02-04 was the Spring Festival
// holiday (01-26 and 02-08 worked), so ord(2025-02-04) = ord(2025-01-31).

ruleTester('report/annual-missing', {
  valid: [
    { name: 'no report ledger at all: nothing to judge from', asOf: '2025-06-30' },
    {
      name: 'every year published',
      reports: [
        { year: 2022, published_on: '2023-01-18' },
        { year: 2023, published_on: '2024-01-25' },
        { year: 2024, published_on: '2025-01-27' },
      ],
      asOf: '2025-06-30',
    },
    {
      name: 'judged on January 31 itself: not yet missing',
      reports: [{ year: 2023, published_on: '2024-01-25' }],
      asOf: '2025-01-31',
    },
    {
      name: 'the current year is not due yet',
      reports: [{ year: 2024, published_on: '2025-01-27' }],
      asOf: '2025-12-31',
    },
    {
      name: 'published late is not missing (report/annual-late judges that)',
      reports: [
        { year: 2023, published_on: '2024-01-25' },
        { year: 2024, published_on: '2025-03-10' },
      ],
      asOf: '2025-06-30',
    },
    {
      name: 'years before the first report are not judged',
      reports: [{ year: 2024, published_on: '2025-01-27' }],
      asOf: '2025-06-30',
    },
  ],
  invalid: [
    {
      // Spring Festival 2025 (01-28..02-04 off, 02-08 worked): ord(02-14) − ord(01-31) = 9.
      name: 'published after the as-of date: still missing at it',
      reports: [{ year: 2023, published_on: '2024-01-25' }, { year: 2024, published_on: '2025-03-03' }],
      asOf: '2025-02-14',
      errors: [{ subject: '2024', due: '2025-01-31', actual: null, lateWorkdays: 9 }],
    },
    {
      name: 'the day after the deadline, still in the holiday: missing, by 0 working days',
      reports: [{ year: 2023, published_on: '2024-01-25' }],
      asOf: '2025-02-04',
      errors: [
        {
          subject: '2024',
          due: '2025-01-31',
          actual: null,
          lateWorkdays: 0,
          messageId: 'missing',
          details: { year: 2024, asOf: '2025-02-04' },
        },
      ],
    },
    {
      name: 'first working day after the holiday',
      reports: [{ year: 2023, published_on: '2024-01-25' }],
      asOf: '2025-02-05',
      errors: [{ subject: '2024', due: '2025-01-31', actual: null, lateWorkdays: 1, messageId: 'missing' }],
    },
    {
      name: 'a report row with no publication date',
      reports: [
        { year: 2023, published_on: '2024-01-25' },
        { year: 2024, published_on: null, submitted_on: '2025-01-20' },
      ],
      // February 2025: 02-05..02-07, Saturday 02-08, then three full weeks; and Monday 03-03.
      asOf: '2025-03-03',
      errors: [{ subject: '2024', due: '2025-01-31', lateWorkdays: 20 }],
    },
    {
      // ord(2025-06-30) − ord(2024-01-31) = 229 remaining working days of 2024 + 120 of 2025 to June 30.
      name: 'a gap year between published reports',
      reports: [
        { year: 2022, published_on: '2023-01-18' },
        { year: 2024, published_on: '2025-01-27' },
      ],
      asOf: '2025-06-30',
      errors: [{ subject: '2023', due: '2024-01-31', actual: null, lateWorkdays: 349 }],
    },
    {
      name: 'two missing years, ordered by due date',
      reports: [{ year: 2022, published_on: '2023-01-18' }],
      asOf: '2025-03-03',
      errors: [
        { subject: '2023', due: '2024-01-31', lateWorkdays: 268 },
        { subject: '2024', due: '2025-01-31', lateWorkdays: 20 },
      ],
    },
    {
      name: 'a period keeps only the years whose due date falls in it',
      reports: [{ year: 2022, published_on: '2023-01-18' }],
      asOf: '2025-03-03',
      from: '2025-01-01',
      to: '2025-06-30',
      errors: [{ subject: '2024', due: '2025-01-31', lateWorkdays: 20 }],
    },
    {
      name: 'the Monday after a Saturday deadline',
      reports: [{ year: 2024, published_on: '2025-01-27' }],
      asOf: '2026-02-02',
      errors: [{ subject: '2025', due: '2026-01-31', lateWorkdays: 1 }],
    },
  ],
});
