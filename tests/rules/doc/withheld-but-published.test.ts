import { ruleTester } from '../../helpers/rule-tester.ts';

// 条例第十四、十五、十六条: information marked not for disclosure (不予公开) must not appear published, either
// by its own publication date or as a publication with the same 文号. actual = the first publication.
const withheld = { kind: '公文' as const, attribute: '不予公开' as const, exempt_reason: '属于国家秘密' };

ruleTester('doc/withheld-but-published', {
  valid: [
    { name: 'withheld and not published', documents: [{ ...withheld, doc_no: '普应急〔2024〕60号' }] },
    {
      name: 'a publication with another 文号',
      documents: [{ ...withheld, doc_no: '普应急〔2024〕61号' }],
      publications: [{ channel: '门户网站', doc_no: '普应急〔2024〕62号', published_on: '2024-05-06' }],
    },
    {
      name: 'no 文号: publications without one cannot be linked',
      documents: [{ ...withheld, doc_no: null }],
      publications: [{ channel: '门户网站', doc_no: null, published_on: '2024-05-06' }],
    },
    {
      name: 'a published 依申请公开 document',
      documents: [{ kind: '公文', attribute: '依申请公开', doc_no: '普应急〔2024〕63号', published_on: '2024-05-06' }],
      publications: [{ channel: '门户网站', doc_no: '普应急〔2024〕63号', published_on: '2024-05-06' }],
    },
    {
      name: 'a published 主动公开 document',
      documents: [{ kind: '公文', attribute: '主动公开', doc_no: '普应急〔2024〕64号', published_on: '2024-05-06' }],
    },
  ],
  invalid: [
    {
      name: 'withheld, yet the ledger records its publication',
      documents: [
        { ...withheld, record_key: 'PT-2024-065', doc_no: '普应急〔2024〕65号', title: '重大危险源分布图', published_on: '2024-04-10' },
      ],
      errors: [
        {
          subject: 'PT-2024-065',
          due: null,
          actual: '2024-04-10',
          lateWorkdays: null,
          messageId: 'published',
          details: {
            title: '重大危险源分布图',
            docNo: '普应急〔2024〕65号',
            publishedOn: '2024-04-10',
            firstPublicationOn: '2024-04-10',
          },
        },
      ],
    },
    {
      name: 'withheld, and posted on WeChat then the portal under its 文号',
      documents: [{ ...withheld, record_key: 'PT-2024-066', doc_no: '普应急〔2024〕66号' }],
      publications: [
        { channel: '门户网站', doc_no: '普应急〔2024〕66号', published_on: '2024-05-08' },
        { channel: '微信公众号', doc_no: '普应急〔2024〕66号', published_on: '2024-05-06' },
      ],
      errors: [
        {
          subject: 'PT-2024-066',
          actual: '2024-05-06',
          messageId: 'published',
          details: { publishedOn: null, firstPublicationOn: '2024-05-06' },
        },
      ],
    },
    {
      name: 'a publication earlier than the ledger date is the first publication',
      documents: [{ ...withheld, record_key: 'PT-2024-067', doc_no: '普应急〔2024〕67号', published_on: '2024-05-10' }],
      publications: [{ channel: '微博', doc_no: '普应急〔2024〕67号', published_on: '2024-05-06' }],
      errors: [{ subject: 'PT-2024-067', actual: '2024-05-06', details: { publishedOn: '2024-05-10', firstPublicationOn: '2024-05-06' } }],
    },
  ],
});
