import { ruleTester } from '../../helpers/rule-tester.ts';

// An extension approved after the original deadline base_due = wd(start, 20 + paused) (条例第三十三条第二款):
// due = base_due, actual = the approval date. Dates checked with `gongkai calendar`:
//   wd(2024-10-08, 20) = 2024-11-04 (weekends only: 11-05), wd(2024-01-29, 20) = 2024-02-29 (weekends only: 02-26),
//   wd(2025-09-26, 20) = 2025-10-30 (weekends only: 10-24), wd(2025-03-20, 20) = 2025-04-18,
//   wd(2025-05-06, 30) = 2025-06-18;
//   combined: start 2025-03-20 (correction), consultation 03-27..04-10 = ord 9 paused,
//   base_due = wd(2025-03-20, 29) = 2025-04-30 (Qingming 04-04 off, 04-27 Sunday worked), then Labour Day
//   05-01..05 off, so 2025-05-06 is the next working day.
ruleTester('req/extension-late-approval', {
  valid: [
    {
      name: 'approved on the original deadline itself',
      requests: [
        {
          received_on: '2024-10-08',
          extension_approved_on: '2024-11-04',
          extension_notified_on: '2024-11-04',
          extension_workdays: 20,
          answered_on: '2024-11-20',
        },
      ],
    },
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
      name: 'no extension at all (extension-unapproved judges a late answer)',
      requests: [{ received_on: '2024-10-08', answered_on: '2024-11-20' }],
    },
    {
      name: 'on-the-spot request has no deadline to approve against',
      requests: [{ received_on: '2024-10-08', on_the_spot: true, extension_approved_on: '2024-12-02', answered_on: '2024-12-03' }],
    },
    {
      // Weekends only: the original deadline would be 2025-10-24.
      name: 'National Day 2025: approved on 2025-10-30, the original deadline',
      requests: [{ received_on: '2025-09-26', extension_approved_on: '2025-10-30', extension_notified_on: '2025-10-30' }],
    },
    {
      // From the original receipt the deadline would have been 2025-03-31.
      name: 'correction restart: approved on 2025-04-18',
      requests: [
        {
          received_on: '2025-03-03',
          correction_requested_on: '2025-03-05',
          correction_received_on: '2025-03-20',
          extension_approved_on: '2025-04-18',
          extension_notified_on: '2025-04-18',
        },
      ],
    },
    {
      // Without the pause the deadline would have been 2025-06-04.
      name: 'third-party pause: approved on 2025-06-18',
      requests: [
        {
          received_on: '2025-05-06',
          third_party_sent_on: '2025-05-12',
          third_party_replied_on: '2025-05-26',
          extension_approved_on: '2025-06-18',
          extension_notified_on: '2025-06-18',
        },
      ],
    },
    {
      name: 'correction and consultation combined: approved on 2025-04-30 before Labour Day',
      requests: [
        {
          received_on: '2025-03-03',
          correction_requested_on: '2025-03-05',
          correction_received_on: '2025-03-20',
          third_party_sent_on: '2025-03-27',
          third_party_replied_on: '2025-04-10',
          extension_approved_on: '2025-04-30',
          extension_notified_on: '2025-04-30',
          extension_workdays: 10,
        },
      ],
    },
  ],
  invalid: [
    {
      // Weekends only: due 11-05, one working day late.
      name: 'extension approved after the original deadline',
      requests: [
        {
          request_no: '吴应急依申〔2024〕21号',
          received_on: '2024-10-08',
          extension_approved_on: '2024-11-06',
          extension_approved_by: '办公室主任',
          extension_notified_on: '2024-11-06',
          extension_workdays: 10,
          answered_on: '2024-11-15',
        },
      ],
      errors: [
        {
          subject: '吴应急依申〔2024〕21号',
          due: '2024-11-04',
          actual: '2024-11-06',
          lateWorkdays: 2,
          messageId: 'late',
          details: { originalDue: '2024-11-04', extensionApprovedOn: '2024-11-06', extensionApprovedBy: '办公室主任' },
        },
      ],
    },
    {
      name: 'approved late while still unanswered',
      requests: [{ received_on: '2024-10-08', extension_approved_on: '2024-11-05' }],
      asOf: '2024-11-10',
      errors: [{ due: '2024-11-04', actual: '2024-11-05', lateWorkdays: 1, details: { answeredOn: null } }],
    },
    {
      // Weekends only: due 02-26 and 4 working days late.
      name: 'Spring Festival 2024: approved 2024-03-01 after the 2024-02-29 deadline',
      requests: [{ received_on: '2024-01-29', extension_approved_on: '2024-03-01', extension_notified_on: '2024-03-01' }],
      errors: [{ due: '2024-02-29', actual: '2024-03-01', lateWorkdays: 1 }],
    },
    {
      name: 'correction and consultation combined: approved after Labour Day, one working day late',
      requests: [
        {
          received_on: '2025-03-03',
          correction_requested_on: '2025-03-05',
          correction_received_on: '2025-03-20',
          third_party_sent_on: '2025-03-27',
          third_party_replied_on: '2025-04-10',
          extension_approved_on: '2025-05-06',
          extension_notified_on: '2025-05-06',
          extension_workdays: 10,
        },
      ],
      errors: [
        {
          due: '2025-04-30',
          actual: '2025-05-06',
          lateWorkdays: 1,
          details: { startOn: '2025-03-20', pausedWorkdays: 9, originalDue: '2025-04-30' },
        },
      ],
    },
  ],
});
