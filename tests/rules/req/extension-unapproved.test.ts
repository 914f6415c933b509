import { ruleTester } from '../../helpers/rule-tester.ts';

// Answered after the original deadline base_due = wd(start, 20 + paused) with no approved extension
// (条例第三十三条第二款). Dates checked with `gongkai calendar`:
//   wd(2024-10-08, 20) = 2024-11-04 (10-12 makeup Saturday counted; weekends only: 11-05),
//   wd(2024-01-29, 20) = 2024-02-29 (Spring Festival 02-10..17 off, 02-04 and 02-18 worked; weekends only: 02-26),
//   wd(2025-09-26, 20) = 2025-10-30 (weekends only: 10-24), wd(2025-03-20, 20) = 2025-04-18,
//   wd(2025-05-06, 30) = 2025-06-18; ord(2024-11-25) − ord(2024-11-04) = 15.
ruleTester('req/extension-unapproved', {
  valid: [
    { name: 'answered on the original deadline', requests: [{ received_on: '2024-10-08', answered_on: '2024-11-04' }] },
    {
      name: 'approved-and-notified extension answered in time',
      requests: [
        {
          received_on: '2024-10-08',
          extension_approved_on: '2024-10-30',
          extension_approved_by: '办公室主任',
          extension_notified_on: '2024-10-30',
          extension_workdays: 15,
          answered_on: '2024-11-25',
        },
      ],
    },
    {
      name: 'an extension approved late is still an approved extension (extension-late-approval flags it)',
      requests: [
        {
          received_on: '2024-10-08',
          extension_approved_on: '2024-11-06',
          extension_notified_on: '2024-11-06',
          extension_workdays: 10,
          answered_on: '2024-11-08',
        },
      ],
    },
    {
      name: 'answered on the spot',
      requests: [{ received_on: '2024-10-08', on_the_spot: true, answered_on: '2024-12-31' }],
    },
    { name: 'not answered yet (answer-overdue judges that)', requests: [{ received_on: '2024-10-08' }], asOf: '2024-12-31' },
    {
      name: 'awaiting a correction that never came: no running deadline',
      requests: [{ received_on: '2025-03-03', correction_requested_on: '2025-03-05', answered_on: '2025-06-30' }],
    },
    {
      // From the original receipt the deadline would have been 2025-03-31.
      name: 'correction restart: answered on 2025-04-18, the 20th working day after the correction',
      requests: [
        {
          received_on: '2025-03-03',
          correction_requested_on: '2025-03-05',
          correction_received_on: '2025-03-20',
          answered_on: '2025-04-18',
        },
      ],
    },
    {
      // Without the pause the deadline would have been 2025-06-04.
      name: 'third-party pause: answered on 2025-06-18',
      requests: [
        {
          received_on: '2025-05-06',
          third_party_sent_on: '2025-05-12',
          third_party_replied_on: '2025-05-26',
          answered_on: '2025-06-18',
        },
      ],
    },
    {
      // Weekends only: the deadline would be 2025-10-24.
      name: 'National Day 2025: answered on 2025-10-30 needs no extension',
      requests: [{ received_on: '2025-09-26', answered_on: '2025-10-30' }],
    },
    {
      // Weekends only: the deadline would be 2024-02-26.
      name: 'Spring Festival 2024: answered on 2024-02-29 needs no extension',
      requests: [{ received_on: '2024-01-29', answered_on: '2024-02-29' }],
    },
  ],
  invalid: [
    {
      name: 'answered two working days late with no extension',
      requests: [{ request_no: '普应急公开〔2024〕3号', received_on: '2024-10-08', answered_on: '2024-11-06' }],
      errors: [
        {
          subject: '普应急公开〔2024〕3号',
          due: '2024-11-04',
          actual: '2024-11-06',
          lateWorkdays: 2,
          messageId: 'unapproved',
          details: { originalDue: '2024-11-04', extensionApprovedOn: null, countedExtensionWorkdays: 0 },
        },
      ],
    },
    {
      name: 'an extension notified to the applicant but never approved',
      requests: [
        {
          received_on: '2024-10-08',
          extension_notified_on: '2024-10-30',
          extension_workdays: 15,
          answered_on: '2024-11-25',
        },
      ],
      errors: [
        {
          due: '2024-11-04',
          actual: '2024-11-25',
          lateWorkdays: 15,
          details: { extensionNotifiedOn: '2024-10-30', extensionWorkdays: 15, countedExtensionWorkdays: 0 },
        },
      ],
    },
    {
      // Weekends only: due 02-26 and 4 working days late.
      name: 'Spring Festival 2024: answered 2024-03-01, one day past 2024-02-29',
      requests: [{ received_on: '2024-01-29', answered_on: '2024-03-01' }],
      errors: [{ due: '2024-02-29', actual: '2024-03-01', lateWorkdays: 1 }],
    },
    {
      name: 'correction restart: the restarted period missed without an extension',
      requests: [
        {
          received_on: '2025-03-03',
          correction_requested_on: '2025-03-05',
          correction_received_on: '2025-03-20',
          answered_on: '2025-04-21',
        },
      ],
      errors: [{ due: '2025-04-18', actual: '2025-04-21', lateWorkdays: 1, details: { startOn: '2025-03-20' } }],
    },
    {
      name: 'third-party pause: still one day past the paused deadline',
      requests: [
        {
          received_on: '2025-05-06',
          third_party_sent_on: '2025-05-12',
          third_party_replied_on: '2025-05-26',
          answered_on: '2025-06-19',
        },
      ],
      errors: [{ due: '2025-06-18', actual: '2025-06-19', lateWorkdays: 1, details: { pausedWorkdays: 10 } }],
    },
  ],
});
