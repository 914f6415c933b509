import { ruleTester } from '../../helpers/rule-tester.ts';

// Answered with no outcome category (条例第三十六条; the annual report counts answers by outcome). No deadline.
ruleTester('req/outcome-missing', {
  valid: [
    { name: 'answered with an outcome', requests: [{ answered_on: '2024-03-20', outcome: '予以公开' }] },
    { name: 'not answered yet, no outcome', requests: [{ received_on: '2024-03-01' }] },
    {
      name: 'answered on the spot with an outcome',
      requests: [{ on_the_spot: true, received_on: '2024-03-01', answered_on: '2024-03-01', outcome: '部分公开', refusal_reason: '个人隐私' }],
    },
  ],
  invalid: [
    {
      name: 'answered, outcome empty',
      requests: [{ request_no: '吴应急依申〔2024〕8号', answered_on: '2024-03-20' }],
      errors: [
        {
          subject: '吴应急依申〔2024〕8号',
          due: null,
          actual: null,
          lateWorkdays: null,
          messageId: 'missing',
          message: /2024-03-20/,
          details: { answeredOn: '2024-03-20' },
        },
      ],
    },
    {
      name: 'answered, outcome only blanks',
      requests: [{ answered_on: '2024-04-01', outcome: '  ' }],
      errors: [{ details: { answeredOn: '2024-04-01' } }],
    },
  ],
});
