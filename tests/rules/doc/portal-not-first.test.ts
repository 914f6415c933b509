import { ruleTester } from '../../helpers/rule-tester.ts';

// 吴江规定第十四条第二款: the government portal is the first publication platform. A proactive document is
// linked to the publications ledger by 文号; its first appearance on any other channel (WeChat, Weibo …)
// must not come before its first appearance on a portal (a portal publication, or the document's own
// publication date when its channel is empty or a portal). Runs under suzhou-wujiang-2023.
const doc = (docNo: string, fields: Record<string, unknown> = {}) => ({
  kind: '公文' as const,
  attribute: '主动公开' as const,
  doc_no: docNo,
  title: `文件${docNo}`,
  ...fields,
});
const pub = (docNo: string, channel: string, published_on: string) => ({ doc_no: docNo, channel, published_on });

ruleTester('doc/portal-not-first', {
  valid: [
    {
      name: 'portal and WeChat on the same day',
      documents: [doc('吴应急〔2025〕11号')],
      publications: [pub('吴应急〔2025〕11号', '微信公众号', '2025-03-07'), pub('吴应急〔2025〕11号', '门户网站', '2025-03-07')],
    },
    {
      name: 'portal first, WeChat later',
      documents: [doc('吴应急〔2025〕12号')],
      publications: [pub('吴应急〔2025〕12号', '门户网站', '2025-03-07'), pub('吴应急〔2025〕12号', '微信公众号', '2025-03-10')],
    },
    {
      name: "the document's own publication date counts as the portal when its channel is empty",
      documents: [doc('吴应急〔2025〕13号', { published_on: '2025-03-07', channel: null })],
      publications: [pub('吴应急〔2025〕13号', '微信公众号', '2025-03-07')],
    },
    {
      name: "the document's own publication on 政府网站 counts as the portal",
      documents: [doc('吴应急〔2025〕14号', { published_on: '2025-03-06', channel: '政府网站' })],
      publications: [pub('吴应急〔2025〕14号', '微博', '2025-03-07')],
    },
    {
      name: 'only portal publications',
      documents: [doc('吴应急〔2025〕15号')],
      publications: [pub('吴应急〔2025〕15号', '门户网站', '2025-03-07')],
    },
    {
      name: 'a WeChat post under another 文号',
      documents: [doc('吴应急〔2025〕16号', { published_on: '2025-03-10', channel: '门户网站' })],
      publications: [pub('吴应急〔2025〕17号', '微信公众号', '2025-03-07')],
    },
    {
      name: 'a 依申请公开 document posted on WeChat first',
      documents: [doc('吴应急〔2025〕18号', { attribute: '依申请公开' })],
      publications: [pub('吴应急〔2025〕18号', '微信公众号', '2025-03-07'), pub('吴应急〔2025〕18号', '门户网站', '2025-03-10')],
    },
    {
      name: 'a document without a 文号 cannot be linked',
      documents: [doc('', { doc_no: null, published_on: '2025-03-10' })],
      publications: [{ doc_no: null, channel: '微信公众号', published_on: '2025-03-07' }],
    },
  ],
  invalid: [
    {
      name: "the document's own WeChat publication with no portal record",
      documents: [doc('吴应急〔2025〕31号', { record_key: 'WJ-OWN-WX', published_on: '2025-03-07', channel: '微信公众号' })],
      errors: [{ subject: 'WJ-OWN-WX', due: '2025-03-07', actual: null, lateWorkdays: null, messageId: 'absent' }],
    },
    {
      // The publications ledger writes the number with square brackets and a space: still the same document.
      name: 'a 文号 written with other brackets still links',
      documents: [doc('吴应急〔2025〕32号', { record_key: 'WJ-BRACKETS' })],
      publications: [pub('吴应急[2025] 32号', '微信公众号', '2025-03-05'), pub('吴应急〔2025〕32号', '门户网站', '2025-03-07')],
      errors: [{ subject: 'WJ-BRACKETS', due: '2025-03-05', actual: '2025-03-07', lateWorkdays: 2, messageId: 'earlier' }],
    },
    {
      name: 'on WeChat two working days before the portal',
      documents: [doc('吴应急〔2025〕21号', { record_key: 'WJ-2025-021', title: '关于做好春季森林防火工作的通知' })],
      publications: [pub('吴应急〔2025〕21号', '微信公众号', '2025-03-07'), pub('吴应急〔2025〕21号', '门户网站', '2025-03-11')],
      errors: [
        {
          subject: 'WJ-2025-021',
          due: '2025-03-07',
          actual: '2025-03-11',
          lateWorkdays: 2,
          messageId: 'earlier',
          details: {
            title: '关于做好春季森林防火工作的通知',
            docNo: '吴应急〔2025〕21号',
            firstOtherChannelOn: '2025-03-07',
            firstPortalOn: '2025-03-11',
          },
        },
      ],
    },
    {
      name: 'on WeChat and never on the portal',
      documents: [doc('吴应急〔2025〕22号', { record_key: 'WJ-2025-022' })],
      publications: [pub('吴应急〔2025〕22号', '微信公众号', '2025-04-02')],
      errors: [
        {
          subject: 'WJ-2025-022',
          due: '2025-04-02',
          actual: null,
          lateWorkdays: null,
          messageId: 'absent',
          details: { firstOtherChannelOn: '2025-04-02', firstPortalOn: null },
        },
      ],
    },
    {
      // Mon 2024-09-30 on Weibo, the portal on Tue 10-08: one working day (weekends only: six).
      name: 'on Weibo before National Day, on the portal after it',
      documents: [doc('吴应急〔2024〕31号', { record_key: 'WJ-2024-031' })],
      publications: [pub('吴应急〔2024〕31号', '微博', '2024-09-30'), pub('吴应急〔2024〕31号', '门户网站', '2024-10-08')],
      errors: [{ subject: 'WJ-2024-031', due: '2024-09-30', actual: '2024-10-08', lateWorkdays: 1, messageId: 'earlier' }],
    },
    {
      name: "the document's own date on a portal that is still later than WeChat",
      documents: [doc('吴应急〔2025〕23号', { record_key: 'WJ-2025-023', published_on: '2025-06-10', channel: '门户网站' })],
      publications: [pub('吴应急〔2025〕23号', '微信公众号', '2025-06-09')],
      errors: [{ subject: 'WJ-2025-023', due: '2025-06-09', actual: '2025-06-10', lateWorkdays: 1, messageId: 'earlier' }],
    },
    {
      // Its own WeChat publication (04-01) is not a portal one, and is the first appearance anywhere.
      name: "the document's own publication on WeChat is not a portal publication",
      documents: [doc('吴应急〔2025〕24号', { record_key: 'WJ-2025-024', published_on: '2025-04-01', channel: '微信公众号' })],
      publications: [pub('吴应急〔2025〕24号', '微博', '2025-04-02'), pub('吴应急〔2025〕24号', '门户网站', '2025-04-03')],
      errors: [{ subject: 'WJ-2025-024', due: '2025-04-01', actual: '2025-04-03', lateWorkdays: 2, messageId: 'earlier' }],
    },
  ],
});
