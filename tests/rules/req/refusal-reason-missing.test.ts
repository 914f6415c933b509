import { ruleTester } from '../../helpers/rule-tester.ts';

// A refusal (不予公开 and its leaves, or 部分公开 for the withheld part) needs a reason (条例第三十六条第（三）项,
// 第三十七条). Other answer kinds (无法提供, 不予处理, 其他处理) are not refusals to disclose. No deadline.
ruleTester('req/refusal-reason-missing', {
  valid: [
    {
      name: 'refused on a lawful ground with its reason',
      requests: [{ answered_on: '2024-03-20', outcome: '不予公开-属于国家秘密', refusal_reason: '经保密审查属于国家秘密（条例第十四条）' }],
    },
    {
      name: 'partial disclosure with the reason for the withheld part',
      requests: [{ answered_on: '2024-03-20', outcome: '部分公开', refusal_reason: '涉及个人隐私部分不予公开（条例第十五条）' }],
    },
    { name: 'disclosed: no reason needed', requests: [{ answered_on: '2024-03-20', outcome: '予以公开' }] },
    {
      name: 'cannot provide (information does not exist) is not a refusal',
      requests: [{ answered_on: '2024-03-20', outcome: '无法提供-本机关不掌握相关政府信息' }],
    },
    { name: 'not processed (repeat request) is not a refusal', requests: [{ answered_on: '2024-03-20', outcome: '不予处理-重复申请' }] },
    { name: 'no outcome yet', requests: [{ received_on: '2024-03-01' }] },
  ],
  invalid: [
    {
      name: 'refused to protect a third party, no reason given',
      requests: [{ request_no: '普应急公开〔2024〕5号', answered_on: '2024-03-20', outcome: '不予公开-保护第三方合法权益' }],
      errors: [
        {
          subject: '普应急公开〔2024〕5号',
          due: null,
          actual: null,
          lateWorkdays: null,
          messageId: 'missing',
          message: /不予公开-保护第三方合法权益/,
          details: { outcome: '不予公开-保护第三方合法权益', answeredOn: '2024-03-20' },
        },
      ],
    },
    {
      name: 'partial disclosure with a blank reason',
      requests: [{ answered_on: '2024-03-20', outcome: '部分公开', refusal_reason: '   ' }],
      errors: [{ details: { outcome: '部分公开' } }],
    },
    {
      name: 'the bare group 不予公开 with no leaf and no reason',
      requests: [{ answered_on: '2024-03-20', outcome: '不予公开', refusal_reason: '' }],
      errors: [{ details: { outcome: '不予公开' } }],
    },
  ],
});
