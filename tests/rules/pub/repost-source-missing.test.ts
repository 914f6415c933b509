import { ruleTester } from '../../helpers/rule-tester.ts';

// 吴江规定第二十八条: a reposted item names its source (转载的信息需注明信息来源).
const signed = { drafter: '沈晓燕', reviewer: '陆建明', signer: '周国平' };

ruleTester('pub/repost-source-missing', {
  valid: [
    {
      name: 'repost naming its source',
      publications: [{ channel: '微信公众号', title: '国务院安委会部署汛期安全防范', published_on: '2025-06-05', is_repost: true, source: '新华社', ...signed }],
    },
    {
      name: 'an original post needs no source',
      publications: [{ channel: '微信公众号', title: '我局开展危化品企业专项检查', published_on: '2025-06-06', ...signed }],
    },
    {
      name: 'portal repost naming its source',
      publications: [{ channel: '门户网站', title: '关于进一步加强安全生产工作的通知', published_on: '2025-02-12', is_repost: true, source: '苏州市人民政府' }],
    },
  ],
  invalid: [
    {
      name: 'WeChat repost with no source',
      publications: [
        { record_key: 'WX-2025-0150', channel: '微信公众号', title: '高温天气安全生产提示', published_on: '2025-07-14', is_repost: true, ...signed },
      ],
      errors: [
        {
          subject: 'WX-2025-0150',
          due: null,
          actual: null,
          lateWorkdays: null,
          messageId: 'missing',
          details: { channel: '微信公众号', title: '高温天气安全生产提示', publishedOn: '2025-07-14' },
        },
      ],
    },
    {
      name: 'a source of blanks is no source',
      publications: [{ record_key: 'WB-17', channel: '微博', title: '防汛知识', published_on: '2025-06-20', is_repost: true, source: '  ', ...signed }],
      errors: [{ subject: 'WB-17', messageId: 'missing' }],
    },
    {
      name: 'a portal repost needs a source too',
      publications: [{ record_key: 'GOV-311', channel: '门户网站', title: '转发：安全生产治本攻坚三年行动方案', published_on: '2025-01-08', is_repost: true }],
      errors: [{ subject: 'GOV-311', details: { channel: '门户网站' } }],
    },
  ],
});
