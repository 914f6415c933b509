import { ruleTester } from '../../helpers/rule-tester.ts';

// 吴江规定第二十八条: every new-media post names its drafter (拟稿人), reviewer (审核人) and signer (签发人);
// the government portal has its own review flow and is not judged here.
const signed = { drafter: '沈晓燕', reviewer: '陆建明', signer: '周国平' };

ruleTester('pub/signoff-missing', {
  valid: [
    {
      name: 'WeChat post naming drafter, reviewer and signer',
      publications: [{ channel: '微信公众号', title: '关于做好汛期安全防范工作的提示', published_on: '2025-06-03', ...signed }],
    },
    {
      name: 'a repost on WeChat with its sign-off and source',
      publications: [
        { channel: '微信公众号', title: '应急管理部发布高温天气安全提示', published_on: '2025-07-10', is_repost: true, source: '应急管理部', ...signed },
      ],
    },
    {
      name: 'portal post with no sign-off columns (not new media)',
      publications: [{ channel: '门户网站', title: '吴江区应急管理局2025年政务公开工作要点', published_on: '2025-03-14' }],
    },
    {
      name: 'government website under another portal name',
      publications: [{ channel: '政府网站', title: '行政处罚决定书（吴应急罚〔2025〕31号）', published_on: '2025-04-22' }],
    },
  ],
  invalid: [
    {
      name: 'WeChat post without a signer',
      publications: [
        {
          record_key: 'WX-2025-0117',
          channel: '微信公众号',
          title: '“安全生产月”活动启动',
          published_on: '2025-06-03',
          drafter: '沈晓燕',
          reviewer: '陆建明',
        },
      ],
      errors: [
        {
          subject: 'WX-2025-0117',
          due: null,
          actual: null,
          lateWorkdays: null,
          messageId: 'missing',
          details: { channel: '微信公众号', lacking: '签发人', signer: null, publishedOn: '2025-06-03' },
        },
      ],
    },
    {
      name: 'Weibo post with only a signer',
      publications: [{ record_key: 'WB-88', channel: '微博', title: '森林防火提示', published_on: '2025-03-28', signer: '周国平' }],
      errors: [{ subject: 'WB-88', messageId: 'missing', details: { channel: '微博', lacking: '拟稿人、审核人' } }],
    },
    {
      name: 'a reviewer of blanks counts as missing',
      publications: [
        { record_key: 'DY-5', channel: '抖音', title: '地震避险小知识', published_on: '2025-05-12', drafter: '沈晓燕', reviewer: '   ', signer: '周国平' },
      ],
      errors: [{ subject: 'DY-5', details: { lacking: '审核人' } }],
    },
    {
      name: 'a repost lacking every sign-off',
      publications: [
        { record_key: 'WX-2025-0201', channel: '微信公众号', title: '转发：防汛防台知识', published_on: '2025-07-01', is_repost: true, source: '新华社' },
      ],
      errors: [{ subject: 'WX-2025-0201', details: { lacking: '拟稿人、审核人、签发人' } }],
    },
    {
      name: 'only the new-media post of a pair is found',
      publications: [
        { record_key: 'PORTAL-1', channel: '门户网站', title: '2025年第二季度安全生产执法检查计划', published_on: '2025-04-01' },
        { record_key: 'WX-2025-0090', channel: '微信公众号', title: '2025年第二季度安全生产执法检查计划', published_on: '2025-04-02', drafter: '沈晓燕' },
      ],
      errors: [{ subject: 'WX-2025-0090', details: { lacking: '审核人、签发人' } }],
    },
  ],
});
