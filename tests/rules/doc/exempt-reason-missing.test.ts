import { ruleTester } from '../../helpers/rule-tester.ts';

// 普陀规定第十条 (属于免于公开的，应当注明免于公开的理由) and 第七条: a withheld document names its reason or
// its basis; either one is enough here (doc/exempt-basis-unlawful judges whether it is lawful).
const withheld = { kind: '公文' as const, attribute: '不予公开' as const };

ruleTester('doc/exempt-reason-missing', {
  valid: [
    {
      name: 'withheld with a reason only',
      documents: [{ ...withheld, title: '关于局机关干部调整的请示', exempt_reason: '属于人事管理类内部事务信息' }],
    },
    {
      name: 'withheld with a basis only',
      documents: [{ ...withheld, title: '重大危险源监控数据', exempt_basis: '条例第十四条' }],
    },
    {
      name: 'withheld with an unlawful reason (not this rule: doc/exempt-basis-unlawful)',
      documents: [{ ...withheld, title: '执法检查计划', exempt_reason: '领导不同意' }],
    },
    {
      name: '依申请公开 with neither reason nor basis',
      documents: [{ kind: '公文', attribute: '依申请公开', title: '企业安全生产标准化评审意见' }],
    },
    {
      name: '主动公开 with neither reason nor basis',
      documents: [{ kind: '公文', attribute: '主动公开', title: '2025年安全生产工作要点' }],
    },
    { name: 'no attribute at all (doc/attribute-missing judges that)', documents: [{ kind: '公文', title: '未标注属性的公文' }] },
  ],
  invalid: [
    {
      name: 'withheld with neither reason nor basis',
      documents: [{ ...withheld, record_key: 'PT-2024-045', doc_no: '普应急〔2024〕45号', title: '关于某事故调查的请示' }],
      errors: [
        {
          subject: 'PT-2024-045',
          due: null,
          actual: null,
          lateWorkdays: null,
          messageId: 'missing',
          details: { title: '关于某事故调查的请示', docNo: '普应急〔2024〕45号' },
        },
      ],
    },
    {
      name: 'reason and basis of blanks count as empty',
      documents: [{ ...withheld, record_key: 'PT-2024-046', title: '内部会议纪要', exempt_reason: '   ', exempt_basis: '' }],
      errors: [{ subject: 'PT-2024-046', messageId: 'missing', details: { title: '内部会议纪要' } }],
    },
    {
      name: 'non-official information withheld without a reason is caught too',
      documents: [{ kind: '非公文', attribute: '不予公开', record_key: 'PT-2024-047', title: '值班记录' }],
      errors: [{ subject: 'PT-2024-047', messageId: 'missing' }],
    },
  ],
});
