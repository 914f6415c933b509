import { ruleTester } from '../../helpers/rule-tester.ts';

ruleTester('req/answer-late', {
  valid: [
    {
      name: 'answered late, but after the as-of date: not yet answered at it (req/answer-overdue)',
      requests: [{ received_on: '2024-10-08', answered_on: '2024-12-10' }],
      asOf: '2024-11-06',
    },
    {
      name: 'received after the as-of date: not yet in the ledger at it',
      requests: [{ received_on: '2024-10-08', answered_on: '2024-12-10' }],
      asOf: '2024-10-07',
    },
    // The 20th workday after 2024-10-08 counts the 12 Oct makeup Saturday: 2024-11-04 (weekends-only: 11-05).
    { name: 'answered on the 20th working day', requests: [{ received_on: '2024-10-08', answered_on: '2024-11-04' }] },
    { name: 'answered on the spot', requests: [{ received_on: '2024-10-08', on_the_spot: true, answered_on: '2024-12-31' }] },
    {
      name: 'late by the base limit but within an approved extension',
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
      name: 'a received correction restarts the period',
      requests: [
        {
          received_on: '2025-03-03',
          correction_requested_on: '2025-03-05',
          correction_received_on: '2025-03-20',
          answered_on: '2025-04-18', // wd(2025-03-20, 20): 04-04 Qingming off → 2025-04-18
        },
      ],
    },
    {
      name: 'third-party consultation time is not counted',
      requests: [
        {
          received_on: '2025-05-06',
          third_party_sent_on: '2025-05-12',
          third_party_replied_on: '2025-05-26', // 10 workdays paused
          answered_on: '2025-06-18', // exactly wd(2025-05-06, 30): 05-31..06-02 Dragon Boat off
        },
      ],
    },
    {
      name: 'awaiting a correction that never came',
      requests: [{ received_on: '2025-03-03', correction_requested_on: '2025-03-05', answered_on: '2025-06-30' }],
    },
    {
      // rule-semantics.md (Choice): an unanswered consultation keeps the clock stopped until the answer date.
      name: 'third-party consultation never answered: the pause runs to the answer date',
      requests: [{ received_on: '2024-10-08', third_party_sent_on: '2024-10-15', answered_on: '2024-12-20' }],
    },
    {
      // start 2025-03-20 (correction); consultation 03-27..04-10 pauses ord 9; extension 10:
      // wd(2025-03-20, 39) = 2025-05-19 (Qingming 04-04 and Labour Day 05-01..05 off, 04-27 Sunday worked).
      name: 'correction, consultation and extension combined: answered on the extended deadline',
      requests: [
        {
          received_on: '2025-03-03',
          correction_requested_on: '2025-03-05',
          correction_received_on: '2025-03-20',
          third_party_sent_on: '2025-03-27',
          third_party_replied_on: '2025-04-10',
          extension_approved_on: '2025-04-28',
          extension_notified_on: '2025-04-28',
          extension_workdays: 10,
          answered_on: '2025-05-19',
        },
      ],
    },
    { name: 'not answered yet (the overdue rule judges that)', requests: [{ received_on: '2024-10-08' }] },
  ],
  invalid: [
    {
      name: 'answered two working days late',
      requests: [{ request_no: '吴应急依申〔2024〕7号', received_on: '2024-10-08', answered_on: '2024-11-06' }],
      errors: [
        { subject: '吴应急依申〔2024〕7号', due: '2024-11-04', actual: '2024-11-06', lateWorkdays: 2, messageId: 'late' },
      ],
    },
    {
      // Weekends only would give 2025-10-24 for 20 workdays after 2025-09-26; National Day gives 2025-10-30.
      name: 'National Day 2025 and its makeup days',
      requests: [{ received_on: '2025-09-26', answered_on: '2025-10-31' }],
      errors: [{ due: '2025-10-30', actual: '2025-10-31', lateWorkdays: 1 }],
    },
    {
      name: 'the restarted period still missed',
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
      name: 'an extension of 25 working days counts only 20',
      requests: [
        {
          received_on: '2024-10-08',
          extension_approved_on: '2024-10-30',
          extension_notified_on: '2024-10-30',
          extension_workdays: 25,
          answered_on: '2024-12-05',
        },
      ],
      errors: [{ due: '2024-12-02', actual: '2024-12-05', lateWorkdays: 3, details: { countedExtensionWorkdays: 20 } }],
    },
    {
      name: 'answered on a Saturday after a Friday deadline',
      requests: [{ received_on: '2024-10-08', answered_on: '2024-11-09' }],
      errors: [{ due: '2024-11-04', actual: '2024-11-09', lateWorkdays: 4 }],
    },
    {
      name: 'correction, consultation and extension combined: answered two working days late',
      requests: [
        {
          received_on: '2025-03-03',
          correction_requested_on: '2025-03-05',
          correction_received_on: '2025-03-20',
          third_party_sent_on: '2025-03-27',
          third_party_replied_on: '2025-04-10',
          extension_approved_on: '2025-04-28',
          extension_notified_on: '2025-04-28',
          extension_workdays: 10,
          answered_on: '2025-05-21',
        },
      ],
      errors: [
        {
          due: '2025-05-19',
          actual: '2025-05-21',
          lateWorkdays: 2,
          details: {
            startOn: '2025-03-20',
            pausedWorkdays: 9,
            countedExtensionWorkdays: 10,
            originalDue: '2025-04-30',
            answerDue: '2025-05-19',
          },
        },
      ],
    },
  ],
  throwing: [
    {
      name: 'an answer in a year the calendar lacks names the year',
      requests: [{ received_on: '2026-12-20', answered_on: '2027-02-01' }],
      asOf: '2026-12-31',
      throws: /2027/,
    },
  ],
});
