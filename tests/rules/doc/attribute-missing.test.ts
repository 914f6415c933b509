import { ruleTester } from '../../helpers/rule-tester.ts';

// 普陀规定第十条, 吴江规定第十三条: an official document (公文) carries its disclosure attribute from the draft
// on; non-official information (非公文) only follows it by analogy and is not judged here.
ruleTester('doc/attribute-missing', {
  valid: [
    {
      name: 'formed after the as-of date: not yet a document at it',
      documents: [{ kind: '公文', doc_no: '普应急〔2025〕99号', title: '关于年终安全检查的通知', attribute: null, formed_on: '2025-12-20' }],
      asOf: '2025-12-01',
    },
    {
      name: 'official document marked 主动公开',
      documents: [{ kind: '公文', doc_no: '普应急〔2024〕12号', title: '关于开展安全生产月活动的通知', attribute: '主动公开' }],
    },
    {
      name: 'official document marked 依申请公开',
      documents: [{ kind: '公文', doc_no: '普应急〔2024〕13号', title: '危险化学品企业检查情况的报告', attribute: '依申请公开' }],
    },
    {
      name: 'official document marked 不予公开 with its reason',
      documents: [
        {
          kind: '公文',
          doc_no: '普应急〔2024〕14号',
          title: '关于局机关干部调整的请示',
          attribute: '不予公开',
          exempt_reason: '属于人事管理类内部事务信息',
        },
      ],
    },
    {
      name: 'non-official information with no attribute (not a 公文)',
      documents: [{ kind: '非公文', title: '汛期值班安排表', attribute: null }],
    },
  ],
  invalid: [
    {
      name: 'official document with no attribute',
      documents: [
        { record_key: 'PT-2024-031', kind: '公文', doc_no: '普应急〔2024〕31号', title: '关于做好国庆期间安全防范工作的通知' },
      ],
      errors: [
        {
          subject: 'PT-2024-031',
          due: null,
          actual: null,
          lateWorkdays: null,
          messageId: 'missing',
          details: { title: '关于做好国庆期间安全防范工作的通知', docNo: '普应急〔2024〕31号', kind: '公文' },
        },
      ],
    },
    {
      name: 'kind left to its default (公文) and no attribute',
      documents: [{ record_key: 'PT-2024-032', title: '应急物资储备管理办法' }],
      errors: [{ subject: 'PT-2024-032', messageId: 'missing', details: { kind: '公文', docNo: null } }],
    },
    {
      name: 'one finding per document without an attribute, ordered by subject',
      documents: [
        { record_key: 'PT-2025-002', kind: '公文', title: '第二份公文' },
        { record_key: 'PT-2025-001', kind: '公文', title: '第一份公文' },
        { record_key: 'PT-2025-003', kind: '公文', title: '第三份公文', attribute: '主动公开' },
      ],
      errors: [
        { subject: 'PT-2025-001', details: { title: '第一份公文' } },
        { subject: 'PT-2025-002', details: { title: '第二份公文' } },
      ],
    },
  ],
});
