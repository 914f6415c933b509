import { ruleTester } from '../../helpers/rule-tester.ts';

// 吴江规定第二十八条: the source of a reposted item must be an official channel (信息来源必须为官方渠道):
// a government body, a party or people's congress organ, state media, or a gov.cn address.
const signed = { drafter: '沈晓燕', reviewer: '陆建明', signer: '周国平' };
const repost = (source: string | null, extra: Record<string, unknown> = {}) => ({
  channel: '微信公众号',
  title: `转载：${source ?? '无来源'}安全提示`,
  published_on: '2025-06-16',
  is_repost: true,
  source,
  ...signed,
  ...extra,
});

ruleTester('pub/repost-source-unofficial', {
  valid: [
    { name: 'the Ministry of Emergency Management', publications: [repost('应急管理部')] },
    { name: 'a provincial department', publications: [repost('江苏省应急管理厅')] },
    { name: 'a city government', publications: [repost('苏州市人民政府')] },
    { name: 'Xinhua', publications: [repost('新华社')] },
    { name: "People's Daily", publications: [repost('人民日报')] },
    { name: 'CCTV news', publications: [repost('央视新闻')] },
    { name: 'the central government portal', publications: [repost('中国政府网')] },
    { name: 'a gov.cn address', publications: [repost('https://www.mem.gov.cn/xw/yjglbgzdt/202506/t20250612_532101.shtml')] },
    { name: "the district government's WeChat account", publications: [repost('吴江发布')] },
    { name: "the ministry's newspaper", publications: [repost('中国应急管理报')] },
    { name: 'the national fire and rescue account', publications: [repost('中国消防')] },
    { name: 'a provincial fire and rescue account', publications: [repost('江苏消防')] },
    { name: 'a repost with no source (repost-source-missing judges that)', publications: [repost(null)] },
    {
      name: 'an original post whose source column names a company',
      publications: [repost('苏州某安全技术咨询有限公司', { is_repost: false })],
    },
  ],
  invalid: [
    {
      // Ends like a ministry (部) but is a club: the unofficial markers win.
      name: 'a club whose name ends like an organ',
      publications: [repost('东方羽毛球俱乐部', { record_key: 'WX-2025-0301' })],
      errors: [{ subject: 'WX-2025-0301', messageId: 'unofficial', details: { source: '东方羽毛球俱乐部' } }],
    },
    {
      name: 'a self-media account',
      publications: [repost('安全生产那些事', { record_key: 'WX-2025-0166' })],
      errors: [
        {
          subject: 'WX-2025-0166',
          due: null,
          actual: null,
          lateWorkdays: null,
          messageId: 'unofficial',
          details: { channel: '微信公众号', source: '安全生产那些事', publishedOn: '2025-06-16' },
        },
      ],
    },
    {
      name: 'a news aggregator',
      publications: [repost('今日头条', { record_key: 'WX-2025-0170' })],
      errors: [{ subject: 'WX-2025-0170', details: { source: '今日头条' } }],
    },
    {
      name: 'a commercial consultancy',
      publications: [repost('苏州某安全技术咨询有限公司', { record_key: 'WX-2025-0171' })],
      errors: [{ subject: 'WX-2025-0171', details: { source: '苏州某安全技术咨询有限公司' } }],
    },
    {
      name: 'a WeChat article address, not a gov.cn one',
      publications: [repost('https://mp.weixin.qq.com/s/Xy3kL0aQe9', { record_key: 'WX-2025-0172', channel: '微博' })],
      errors: [{ subject: 'WX-2025-0172', details: { channel: '微博' } }],
    },
    {
      name: 'a portal repost from a portal company',
      publications: [repost('腾讯新闻', { record_key: 'GOV-2025-77', channel: '门户网站' })],
      errors: [{ subject: 'GOV-2025-77', details: { source: '腾讯新闻' } }],
    },
  ],
});
