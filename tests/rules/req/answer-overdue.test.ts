import { ruleTester } from '../../helpers/rule-tester.ts';

// Unanswered past the answer deadline at the as-of date (条例第三十三条): due = wd(start, 20 + paused +
// extension), actual null, lateWorkdays = ord(asOf) − ord(due). Dates checked with `gongkai calendar`:
//   wd(2024-10-08, 20) = 2024-11-04 (10-12 makeup Saturday counted; weekends only: 11-05),
//   wd(2024-10-08, 35) = 2024-11-25, wd(2024-10-08, 40) = 2024-12-02,
//   wd(2025-01-20, 20) = 2025-02-21 (Spring Festival 01-28..02-04 off, 01-26 and 02-08 worked; weekends only: 02-17),
//   wd(2025-09-26, 20) = 2025-10-30 (National Day 10-01..08 off, 09-28 and 10-11 worked; weekends only: 10-24),
//   wd(2025-03-03, 20) = 2025-03-31, wd(2025-03-20, 20) = 2025-04-18 (Qingming 04-04 off),
//   wd(2025-05-06, 20) = 2025-06-04, wd(2025-05-06, 30) = 2025-06-18 (Dragon Boat 05-31..06-02 off).
ruleTester('req/answer-overdue', {
  valid: [
    {
      name: 'unanswered and not yet due',
      requests: [{ received_on: '2024-10-08' }],
      asOf: '2024-10-31',
    },
    {
      name: 'unanswered, the as-of date is the 20th working day itself',
      requests: [{ received_on: '2024-10-08' }],
      asOf: '2024-11-04',
    },
    {
      // Weekends only: 2025-10-24, so an as-of date of 10-30 would be six days overdue.
      name: 'National Day 2025: not yet overdue on 2025-10-30',
      requests: [{ received_on: '2025-09-26' }],
      asOf: '2025-10-30',
    },
    {
      // Weekends only: 2025-02-17.
      name: 'Spring Festival 2025: not yet overdue on 2025-02-20',
      requests: [{ received_on: '2025-01-20' }],
      asOf: '2025-02-20',
    },
    {
      name: 'answered late: answer-late judges it, not this rule',
      requests: [{ received_on: '2024-10-08', answered_on: '2024-11-06' }],
      asOf: '2024-12-31',
    },
    {
      name: 'on-the-spot request with no answer date has no deadline',
      requests: [{ received_on: '2024-10-08', on_the_spot: true }],
      asOf: '2025-12-31',
    },
    {
      name: 'awaiting a correction that never came (the period is suspended)',
      requests: [{ received_on: '2025-03-03', correction_requested_on: '2025-03-05' }],
      asOf: '2025-12-31',
    },
    {
      // From the original receipt the deadline would be 2025-03-31; the correction restarts it.
      name: 'correction restart: due from the correction, 2025-04-18',
      requests: [{ received_on: '2025-03-03', correction_requested_on: '2025-03-05', correction_received_on: '2025-03-20' }],
      asOf: '2025-04-18',
    },
    {
      // Without the 10-day pause the deadline would be 2025-06-04.
      name: 'third-party pause: consultation 05-12..05-26 moves the deadline to 2025-06-18',
      requests: [{ received_on: '2025-05-06', third_party_sent_on: '2025-05-12', third_party_replied_on: '2025-05-26' }],
      asOf: '2025-06-18',
    },
    {
      name: 'third-party consultation never answered keeps the clock stopped',
      requests: [{ received_on: '2024-10-08', third_party_sent_on: '2024-10-15' }],
      asOf: '2025-12-31',
    },
    {
      name: 'approved and notified extension of 15 days: not overdue on 2024-11-25',
      requests: [
        {
          received_on: '2024-10-08',
          extension_approved_on: '2024-10-30',
          extension_notified_on: '2024-10-30',
          extension_workdays: 15,
        },
      ],
      asOf: '2024-11-25',
    },
  ],
  invalid: [
    {
      // At the as-of date the answer had not been given: the ledger's later answer is not yet known.
      name: 'answered after the as-of date: still unanswered, and overdue, at it',
      requests: [{ request_no: 'ASOF-1', received_on: '2024-10-08', answered_on: '2024-12-10', outcome: '予以公开' }],
      asOf: '2024-11-06',
      errors: [{ subject: 'ASOF-1', due: '2024-11-04', actual: null, lateWorkdays: 2, details: { answeredOn: null } }],
    },
    {
      // Weekends only: due 11-05, one day late instead of two.
      name: 'unanswered and overdue at the as-of date',
      requests: [
        { request_no: '吴应急依申〔2024〕9号', received_on: '2024-10-08' },
        { request_no: '吴应急依申〔2024〕10号', received_on: '2024-10-08', answered_on: '2024-10-20' },
      ],
      asOf: '2024-11-06',
      errors: [
        {
          subject: '吴应急依申〔2024〕9号',
          due: '2024-11-04',
          actual: null,
          lateWorkdays: 2,
          messageId: 'overdue',
          details: { receivedOn: '2024-10-08', startOn: '2024-10-08', answerDue: '2024-11-04', answeredOn: null },
        },
      ],
    },
    {
      // Weekends only: due 02-17 and 5 working days overdue on 02-24.
      name: 'Spring Festival 2025: overdue by 1 on 2025-02-24',
      requests: [{ received_on: '2025-01-20' }],
      asOf: '2025-02-24',
      errors: [{ due: '2025-02-21', actual: null, lateWorkdays: 1, messageId: 'overdue' }],
    },
    {
      name: 'National Day 2025: overdue by 1 on 2025-10-31',
      requests: [{ received_on: '2025-09-26' }],
      asOf: '2025-10-31',
      errors: [{ due: '2025-10-30', actual: null, lateWorkdays: 1 }],
    },
    {
      name: 'the restarted period also runs out',
      requests: [{ received_on: '2025-03-03', correction_requested_on: '2025-03-05', correction_received_on: '2025-03-20' }],
      asOf: '2025-04-22',
      errors: [{ due: '2025-04-18', lateWorkdays: 2, details: { startOn: '2025-03-20', originalDue: '2025-04-18' } }],
    },
    {
      name: 'paused by a consultation, still overdue after it',
      requests: [{ received_on: '2025-05-06', third_party_sent_on: '2025-05-12', third_party_replied_on: '2025-05-26' }],
      asOf: '2025-06-20',
      errors: [{ due: '2025-06-18', lateWorkdays: 2, details: { pausedWorkdays: 10, answerDue: '2025-06-18' } }],
    },
    {
      name: 'overdue past an approved extension of 15 days',
      requests: [
        {
          received_on: '2024-10-08',
          extension_approved_on: '2024-10-30',
          extension_notified_on: '2024-10-30',
          extension_workdays: 15,
        },
      ],
      asOf: '2024-11-27',
      errors: [
        {
          due: '2024-11-25',
          lateWorkdays: 2,
          details: { originalDue: '2024-11-04', answerDue: '2024-11-25', countedExtensionWorkdays: 15 },
        },
      ],
    },
    {
      name: 'an approved extension with no length counts 20 days',
      requests: [{ received_on: '2024-10-08', extension_approved_on: '2024-10-30', extension_notified_on: '2024-10-30' }],
      asOf: '2024-12-03',
      errors: [{ due: '2024-12-02', lateWorkdays: 1, details: { extensionWorkdays: null, countedExtensionWorkdays: 20 } }],
    },
  ],
  throwing: [
    {
      name: 'an as-of date in a year the calendar lacks names the year',
      requests: [{ received_on: '2026-12-01' }],
      asOf: '2027-01-15',
      throws: /2027/,
    },
    {
      name: 'a receipt before the loaded calendar names the year',
      requests: [{ received_on: '2018-12-20' }],
      asOf: '2019-03-01',
      throws: /2018/,
    },
  ],
});
