import { ruleTester } from '../../helpers/rule-tester.ts';

// An approved extension not notified to the applicant by the original deadline base_due = wd(start, 20 +
// paused) (条例第三十三条第二款): due = base_due, actual = the notice date (null when never notified, and then
// no working-day count). Dates checked with `gongkai calendar`:
//   wd(2024-10-08, 20) = 2024-11-04 (weekends only: 11-05), wd(2024-01-29, 20) = 2024-02-29 (weekends only: 02-26),
//   wd(2025-09-26, 20) = 2025-10-30 (weekends only: 10-24), wd(2025-03-20, 20) = 2025-04-18,
//   wd(2025-05-06, 30) = 2025-06-18.
ruleTester('req/extension-not-notified', {
  valid: [
    {
      // Original deadline wd(2025-03-03, 20) = 2025-03-31; at 2025-03-25 the notice can still come in time.
      name: 'not notified yet, before the original deadline at the as-of date',
      requests: [{ received_on: '2025-03-03', extension_approved_on: '2025-03-20', extension_workdays: 10 }],
      asOf: '2025-03-25',
    },
    {
      name: 'notified on the day of approval',
      requests: [
        {
          received_on: '2024-10-08',
          extension_approved_on: '2024-10-30',
          extension_notified_on: '2024-10-30',
          extension_workdays: 15,
          answered_on: '2024-11-25',
        },
      ],
    },
    {
      name: 'notified on the original deadline itself',
      requests: [{ received_on: '2024-10-08', extension_approved_on: '2024-10-30', extension_notified_on: '2024-11-04' }],
    },
    {
      name: 'no extension approved: nothing to notify',
      requests: [{ received_on: '2024-10-08', answered_on: '2024-11-20' }],
    },
    {
      name: 'on-the-spot request has no original deadline',
      requests: [{ received_on: '2024-10-08', on_the_spot: true, extension_approved_on: '2024-10-09', answered_on: '2024-10-09' }],
    },
    {
      // Weekends only: the original deadline would be 2024-02-26.
      name: 'Spring Festival 2024: notified on 2024-02-29, the original deadline',
      requests: [{ received_on: '2024-01-29', extension_approved_on: '2024-02-20', extension_notified_on: '2024-02-29' }],
    },
    {
      // From the original receipt the deadline would have been 2025-03-31.
      name: 'correction restart: notified on 2025-04-18',
      requests: [
        {
          received_on: '2025-03-03',
          correction_requested_on: '2025-03-05',
          correction_received_on: '2025-03-20',
          extension_approved_on: '2025-04-15',
          extension_notified_on: '2025-04-18',
        },
      ],
    },
    {
      // Without the pause the deadline would have been 2025-06-04.
      name: 'third-party pause: notified on 2025-06-18',
      requests: [
        {
          received_on: '2025-05-06',
          third_party_sent_on: '2025-05-12',
          third_party_replied_on: '2025-05-26',
          extension_approved_on: '2025-06-16',
          extension_notified_on: '2025-06-18',
        },
      ],
    },
  ],
  invalid: [
    {
      name: 'extension never notified',
      requests: [
        {
          request_no: '吴应急依申〔2024〕30号',
          received_on: '2024-10-08',
          extension_approved_on: '2024-10-30',
          extension_workdays: 15,
          answered_on: '2024-11-20',
        },
      ],
      errors: [
        {
          subject: '吴应急依申〔2024〕30号',
          due: '2024-11-04',
          actual: null,
          lateWorkdays: null,
          messageId: 'never',
          details: { extensionApprovedOn: '2024-10-30', extensionNotifiedOn: null, originalDue: '2024-11-04' },
        },
      ],
    },
    {
      // Weekends only: the deadline would be 11-05 and this notice in time.
      name: 'notified one working day after the original deadline',
      requests: [{ received_on: '2024-10-08', extension_approved_on: '2024-10-30', extension_notified_on: '2024-11-05' }],
      errors: [{ due: '2024-11-04', actual: '2024-11-05', lateWorkdays: 1, messageId: 'late' }],
    },
    {
      // Weekends only: due 10-24 and five working days late.
      name: 'National Day 2025: notified 2025-10-31 after the 2025-10-30 deadline',
      requests: [{ received_on: '2025-09-26', extension_approved_on: '2025-10-20', extension_notified_on: '2025-10-31' }],
      errors: [{ due: '2025-10-30', actual: '2025-10-31', lateWorkdays: 1, messageId: 'late' }],
    },
    {
      name: 'approved late and never notified: one finding, never notified',
      requests: [{ received_on: '2024-10-08', extension_approved_on: '2024-11-06', answered_on: '2024-11-15' }],
      errors: [{ due: '2024-11-04', actual: null, lateWorkdays: null, messageId: 'never' }],
    },
    {
      name: 'correction restart: notified after the restarted deadline',
      requests: [
        {
          received_on: '2025-03-03',
          correction_requested_on: '2025-03-05',
          correction_received_on: '2025-03-20',
          extension_approved_on: '2025-04-15',
          extension_notified_on: '2025-04-22',
        },
      ],
      errors: [{ due: '2025-04-18', actual: '2025-04-22', lateWorkdays: 2, details: { startOn: '2025-03-20' } }],
    },
  ],
});
