import { ruleTester } from '../../helpers/rule-tester.ts';

// The correction notice goes out within 7 working days of receipt (条例第三十条): due = wd(received_on, 7).
// Dates checked with `gongkai calendar`:
//   wd(2024-10-08, 7) = 2024-10-16 (10-12 makeup Saturday counted; weekends only: 10-17),
//   wd(2024-10-03, 7) = 2024-10-15 (received on a National Day holiday: counting starts 10-08; weekends only: 10-14),
//   wd(2025-01-24, 7) = 2025-02-10 (Spring Festival 01-28..02-04 off, 01-26 and 02-08 worked; weekends only: 02-04).
ruleTester('req/correction-notice-late', {
  valid: [
    {
      name: 'notice on the 7th working day',
      requests: [{ received_on: '2024-10-08', correction_requested_on: '2024-10-16' }],
    },
    {
      name: 'notice on the day of receipt',
      requests: [{ received_on: '2024-10-08', correction_requested_on: '2024-10-08', correction_received_on: '2024-10-10' }],
    },
    { name: 'no correction notice', requests: [{ received_on: '2024-10-08', answered_on: '2024-10-30' }] },
    {
      // Weekends only: due 10-14.
      name: 'received on a National Day holiday: the count starts at the next workday',
      requests: [{ received_on: '2024-10-03', correction_requested_on: '2024-10-15' }],
    },
    {
      // Weekends only: due 02-04, a holiday.
      name: 'Spring Festival 2025: notice on 2025-02-10 is in time',
      requests: [{ received_on: '2025-01-24', correction_requested_on: '2025-02-10' }],
    },
  ],
  invalid: [
    {
      // Weekends only: due 10-17 and this notice in time.
      name: 'notice on the 8th working day after a National Day receipt',
      requests: [{ request_no: '吴应急依申〔2024〕15号', received_on: '2024-10-08', correction_requested_on: '2024-10-17' }],
      errors: [
        {
          subject: '吴应急依申〔2024〕15号',
          due: '2024-10-16',
          actual: '2024-10-17',
          lateWorkdays: 1,
          messageId: 'late',
          details: { receivedOn: '2024-10-08', limitWorkdays: 7, correctionRequestedOn: '2024-10-17' },
        },
      ],
    },
    {
      name: 'Spring Festival 2025: notice on 2025-02-12, two working days late',
      requests: [{ received_on: '2025-01-24', correction_requested_on: '2025-02-12' }],
      errors: [{ due: '2025-02-10', actual: '2025-02-12', lateWorkdays: 2 }],
    },
    {
      name: 'counted from receipt, not from the correction (which restarts only the answer period)',
      requests: [
        {
          received_on: '2024-10-08',
          correction_requested_on: '2024-10-18',
          correction_received_on: '2024-10-25',
          answered_on: '2024-11-20',
        },
      ],
      errors: [{ due: '2024-10-16', actual: '2024-10-18', lateWorkdays: 2, details: { startOn: '2024-10-25' } }],
    },
    {
      name: 'received on a National Day holiday, notice one working day late',
      requests: [{ received_on: '2024-10-03', correction_requested_on: '2024-10-16' }],
      errors: [{ due: '2024-10-15', actual: '2024-10-16', lateWorkdays: 1 }],
    },
  ],
});
