import { ruleTester } from '../../helpers/rule-tester.ts';

// 条例第十二条, 吴江规定第九条: the disclosure catalogue lists every published item by its index number
// (索引号); a published document without one is found, whatever its disclosure attribute.
ruleTester('doc/index-number-missing', {
  valid: [
    {
      name: 'published with an index number',
      documents: [{ attribute: '主动公开', published_on: '2025-04-08', index_no: '11320584MB1234567X/2025-00031' }],
    },
    { name: 'proactive but not yet published', documents: [{ attribute: '主动公开', published_on: null, index_no: null }] },
    { name: 'a 依申请公开 document never published', documents: [{ attribute: '依申请公开', published_on: null, index_no: null }] },
  ],
  invalid: [
    {
      name: 'published proactive document without an index number',
      documents: [
        {
          record_key: 'WJ-2025-031',
          doc_no: '吴应急〔2025〕31号',
          title: '关于开展2025年安全生产月活动的通知',
          attribute: '主动公开',
          published_on: '2025-04-08',
        },
      ],
      errors: [
        {
          subject: 'WJ-2025-031',
          due: null,
          actual: null,
          lateWorkdays: null,
          messageId: 'missing',
          message: /2025-04-08/,
          details: { title: '关于开展2025年安全生产月活动的通知', publishedOn: '2025-04-08', docNo: '吴应急〔2025〕31号' },
        },
      ],
    },
    {
      // Published on the portal, it is in the catalogue like any proactive item.
      name: 'a 依申请公开 document published without an index number',
      documents: [{ record_key: 'WJ-2025-040', attribute: '依申请公开', published_on: '2025-04-08', index_no: null }],
      errors: [{ subject: 'WJ-2025-040', messageId: 'missing', details: { publishedOn: '2025-04-08' } }],
    },
    {
      name: 'a published document with no attribute (doc/attribute-missing also finds it)',
      documents: [{ record_key: 'WJ-2025-041', attribute: null, published_on: '2025-04-10', index_no: null }],
      errors: [{ subject: 'WJ-2025-041', messageId: 'missing', details: { publishedOn: '2025-04-10' } }],
    },
    {
      name: 'an index number of blanks counts as none',
      documents: [{ record_key: 'WJ-2025-032', attribute: '主动公开', published_on: '2025-04-09', index_no: '  ' }],
      errors: [{ subject: 'WJ-2025-032', messageId: 'missing', details: { publishedOn: '2025-04-09' } }],
    },
  ],
});
