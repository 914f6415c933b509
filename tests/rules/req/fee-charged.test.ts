import { ruleTester } from '../../helpers/rule-tester.ts';

// A fee charged for requested information where the profile forbids it (吴江规定第二十三条第二款; runs under
// suzhou-wujiang-2023, the first profile that enables it). No deadline.
ruleTester('req/fee-charged', {
  valid: [
    { name: 'no fee recorded', requests: [{ answered_on: '2024-03-20', fee: null }] },
    { name: 'a fee of zero', requests: [{ answered_on: '2024-03-20', fee: 0 }] },
  ],
  invalid: [
    {
      name: 'a processing fee charged',
      requests: [{ request_no: '吴应急依申〔2024〕11号', answered_on: '2024-03-20', fee: 100 }],
      errors: [
        {
          subject: '吴应急依申〔2024〕11号',
          due: null,
          actual: null,
          lateWorkdays: null,
          messageId: 'charged',
          message: /100(\.00)? 元/,
          details: { fee: 100 },
        },
      ],
    },
    {
      name: 'even a few jiao is a fee',
      requests: [{ answered_on: '2024-03-20', fee: 0.5 }],
      errors: [{ details: { fee: 0.5 } }],
    },
  ],
});
