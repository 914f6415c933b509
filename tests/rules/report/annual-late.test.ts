import { ruleTester } from '../../helpers/rule-tester.ts';

// 条例第四十九条, 吴江规定第三十条: the report on year Y is published by January 31 of Y+1, a calendar date.
// Late by ord(published) − ord(Jan 31). 2025-01-31 fell in the Spring Festival holiday (01-28..02-04, with
// 01-26 and 02-08 worked); 2026-01-31 is a Saturday; 2024's holiday had makeup Sundays on 02-04 and 02-18.

ruleTester('report/annual-late', {
  valid: [
    {
      name: 'published late, but after the as-of date: not yet published at it (report/annual-missing)',
      reports: [{ year: 2024, published_on: '2025-03-03' }],
      asOf: '2025-02-14',
    },
    { name: 'published before January 31', reports: [{ year: 2024, published_on: '2025-01-24' }] },
    { name: 'published on January 31 itself, a holiday in 2025', reports: [{ year: 2024, published_on: '2025-01-31' }] },
    { name: 'published on the makeup Sunday before the holiday', reports: [{ year: 2024, published_on: '2025-01-26' }] },
    { name: 'published on Saturday January 31, 2026', reports: [{ year: 2025, published_on: '2026-01-31' }] },
    { name: 'not published (report/annual-missing judges that)', reports: [{ year: 2024, published_on: null }] },
    { name: 'no reports at all', reports: [] },
  ],
  invalid: [
    {
      // 02-01..02-04 are still holiday: ord(2025-02-04) = ord(2025-01-31).
      name: 'published on the last day of the Spring Festival holiday: late, by 0 working days',
      reports: [{ year: 2024, published_on: '2025-02-04' }],
      errors: [
        {
          subject: '2024',
          due: '2025-01-31',
          actual: '2025-02-04',
          lateWorkdays: 0,
          messageId: 'late',
          details: { year: 2024, publishedOn: '2025-02-04' },
        },
      ],
    },
    {
      name: 'published on the first working day after the holiday',
      reports: [{ year: 2024, published_on: '2025-02-05' }],
      errors: [{ subject: '2024', due: '2025-01-31', actual: '2025-02-05', lateWorkdays: 1, messageId: 'late' }],
    },
    {
      // 02-05, 02-06, 02-07 and the makeup Saturday 02-08.
      name: 'published on the makeup Saturday after the holiday',
      reports: [{ year: 2024, published_on: '2025-02-08' }],
      errors: [{ subject: '2024', due: '2025-01-31', actual: '2025-02-08', lateWorkdays: 4 }],
    },
    {
      name: 'published the Monday after a Saturday deadline',
      reports: [{ year: 2025, published_on: '2026-02-02' }],
      asOf: '2026-06-30',
      errors: [{ subject: '2025', due: '2026-01-31', actual: '2026-02-02', lateWorkdays: 1 }],
    },
    {
      // 02-01, 02-02, Sunday 02-04, 02-05..02-09, Sunday 02-18, 02-19: 10 (weekends only would say 13).
      name: 'published after the 2024 Spring Festival with its two makeup Sundays',
      reports: [
        { year: 2023, published_on: '2024-02-19' },
        { year: 2024, published_on: '2025-01-20' },
      ],
      errors: [{ subject: '2023', due: '2024-01-31', actual: '2024-02-19', lateWorkdays: 10 }],
    },
    {
      name: 'one finding per late year, ordered by due date',
      reports: [
        { year: 2025, published_on: '2026-02-14' },
        { year: 2023, published_on: '2024-02-01' },
        { year: 2024, published_on: '2025-01-27' },
      ],
      asOf: '2026-06-30',
      errors: [
        { subject: '2023', due: '2024-01-31', actual: '2024-02-01', lateWorkdays: 1 },
        // 02-02..02-06, 02-09..02-13 and the makeup Saturday 02-14 before the 2026 Spring Festival.
        { subject: '2025', due: '2026-01-31', actual: '2026-02-14', lateWorkdays: 11 },
      ],
    },
    {
      // rule-semantics.md, "Period filter": a finding falls in the period by its due date.
      name: 'a period keeps only the years whose due date falls in it',
      reports: [
        { year: 2023, published_on: '2024-02-01' },
        { year: 2024, published_on: '2025-02-05' },
      ],
      from: '2025-01-01',
      to: '2025-12-31',
      errors: [{ subject: '2024', due: '2025-01-31', actual: '2025-02-05', lateWorkdays: 1 }],
    },
  ],
  throwing: [
    {
      name: 'a publication date in a year the calendar lacks names the year',
      reports: [{ year: 2026, published_on: '2027-02-01' }],
      throws: /2027/,
    },
  ],
});
