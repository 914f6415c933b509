import { ruleTester } from '../../helpers/rule-tester.ts';

// An online, fax or ordinary-letter request is received on the day the two sides confirm it (条例第三十一条);
// Gongkai expects the confirmation on the day it arrived: due = submitted_on, actual = received_on.
// Checked with `gongkai calendar`: 2024-10-01..07 off (ord(2024-10-08) − ord(2024-09-30) = 1; weekends only 6);
// 2024-02-10..17 off and Sunday 02-18 worked (ord(2024-02-18) − ord(2024-02-09) = 1; weekends only 5).
ruleTester('req/receipt-confirmation-late', {
  valid: [
    {
      name: 'online request confirmed the day it arrived',
      requests: [{ channel: '网络', submitted_on: '2024-10-09', received_on: '2024-10-09' }],
    },
    {
      name: 'in person: received the day it was handed in, nothing to confirm',
      requests: [{ channel: '当面', submitted_on: '2024-10-09', received_on: '2024-10-11' }],
    },
    {
      name: 'registered mail counts from the signature, not checked',
      requests: [{ channel: '挂号信', submitted_on: '2024-10-09', received_on: '2024-10-14' }],
    },
    {
      name: 'online request with no arrival date recorded',
      requests: [{ channel: '网络', received_on: '2024-10-14' }],
    },
    {
      name: 'confirmation dated before the arrival (a data question, not a late confirmation)',
      requests: [{ channel: '传真', submitted_on: '2024-10-10', received_on: '2024-10-09' }],
    },
  ],
  invalid: [
    {
      name: 'online request confirmed the next working day',
      requests: [{ request_no: '吴应急依申〔2024〕40号', channel: '网络', submitted_on: '2024-10-09', received_on: '2024-10-10' }],
      errors: [
        {
          subject: '吴应急依申〔2024〕40号',
          due: '2024-10-09',
          actual: '2024-10-10',
          lateWorkdays: 1,
          messageId: 'late',
          message: /网络/,
          details: { channel: '网络', submittedOn: '2024-10-09', receivedOn: '2024-10-10' },
        },
      ],
    },
    {
      // Weekends only: six working days.
      name: 'fax across National Day 2024: arrived 09-30, confirmed 10-08',
      requests: [{ channel: '传真', submitted_on: '2024-09-30', received_on: '2024-10-08' }],
      errors: [{ due: '2024-09-30', actual: '2024-10-08', lateWorkdays: 1 }],
    },
    {
      // Weekends only: the Sunday would not count, five working days.
      name: 'ordinary letter across Spring Festival 2024: arrived 02-09, confirmed on the makeup Sunday 02-18',
      requests: [{ channel: '平常信函', submitted_on: '2024-02-09', received_on: '2024-02-18' }],
      errors: [{ due: '2024-02-09', actual: '2024-02-18', lateWorkdays: 1 }],
    },
    {
      // rule-semantics.md: any confirmation after the day of arrival, even one that arrived on a rest day.
      name: 'online request arrived on a Saturday, confirmed on Monday',
      requests: [{ channel: '网络', submitted_on: '2024-10-19', received_on: '2024-10-21' }],
      errors: [{ due: '2024-10-19', actual: '2024-10-21', lateWorkdays: 1 }],
    },
  ],
});
