import { ruleTester } from '../../helpers/rule-tester.ts';

// 条例第十四、十五、十六条 (and 第三十六条 for administrative queries): a withheld document's basis, or its
// reason when the basis is empty, must name one of the lawful grounds, by its wording or its article.
// Anything else ("领导不同意", "敏感", "暂不公开", "内部资料", a work secret) is not a lawful ground.
const withheld = (fields: { exempt_reason?: string | null; exempt_basis?: string | null; record_key?: string; title?: string }) => ({
  kind: '公文' as const,
  attribute: '不予公开' as const,
  title: '不予公开的文件',
  ...fields,
});

ruleTester('doc/exempt-basis-unlawful', {
  valid: [
    { name: 'basis by article: 第三十六条第（七）项', documents: [withheld({ exempt_basis: '条例第三十六条第（七）项' })] },
    { name: 'a bare article of the 条例: 第十五条', documents: [withheld({ exempt_basis: '第十五条' })] },
    { name: 'basis: 属于国家秘密 (第十四条)', documents: [withheld({ exempt_basis: '属于国家秘密' })] },
    { name: 'reason: 涉密', documents: [withheld({ exempt_reason: '文件涉密，定密级别为秘密' })] },
    { name: 'reason: 其他法律行政法规禁止公开', documents: [withheld({ exempt_reason: '其他法律行政法规禁止公开' })] },
    { name: 'reason: 危及社会稳定', documents: [withheld({ exempt_reason: '公开后可能危及社会稳定' })] },
    { name: 'reason: 三安全一稳定', documents: [withheld({ exempt_reason: '危及“三安全一稳定”' })] },
    { name: 'reason: 商业秘密 of a third party (第十五条)', documents: [withheld({ exempt_reason: '涉及企业商业秘密，第三方不同意公开' })] },
    { name: 'reason: 个人隐私', documents: [withheld({ exempt_reason: '涉及事故伤亡人员个人隐私' })] },
    { name: 'reason: 人事管理 (第十六条第一款)', documents: [withheld({ exempt_reason: '属于人事管理类内部事务信息' })] },
    { name: 'reason: 内部工作流程', documents: [withheld({ exempt_reason: '属于内部工作流程信息' })] },
    { name: 'reason: 过程性信息 (第十六条第二款)', documents: [withheld({ exempt_reason: '属于过程性信息（讨论记录）' })] },
    { name: 'reason: 请示报告', documents: [withheld({ exempt_reason: '属于请示报告，尚未形成决定' })] },
    { name: 'reason: 行政执法案卷', documents: [withheld({ exempt_reason: '属于行政执法案卷信息' })] },
    { name: 'reason: 行政查询事项', documents: [withheld({ exempt_reason: '属于行政查询事项' })] },
    {
      name: 'basis by article: 条例第十四条',
      documents: [withheld({ exempt_basis: '《中华人民共和国政府信息公开条例》第十四条' })],
    },
    { name: 'basis by article in Arabic numerals: 第16条', documents: [withheld({ exempt_basis: '条例第16条' })] },
    {
      name: 'a lawful basis speaks for the document even when the reason is loose',
      documents: [withheld({ exempt_reason: '领导不同意公开', exempt_basis: '条例第十五条（个人隐私）' })],
    },
    {
      name: 'a basis of blanks is empty, so the lawful reason speaks',
      documents: [withheld({ exempt_reason: '属于国家秘密', exempt_basis: '   ' })],
    },
    { name: 'reason: 危及国家安全 (not 安全生产)', documents: [withheld({ exempt_reason: '公开后可能危及国家安全' })] },
    {
      name: 'one ground denied, another named: 不涉及国家秘密，属于过程性信息',
      documents: [withheld({ exempt_reason: '不涉及国家秘密，但属于尚在讨论的过程性信息' })],
    },
    {
      name: 'an article of the 条例 cited by its full title',
      documents: [withheld({ exempt_basis: '《中华人民共和国政府信息公开条例》第十五条' })],
    },
    { name: 'an article of the 条例 after 根据', documents: [withheld({ exempt_basis: '根据第十六条' })] },
    {
      name: 'an unlawful wording on a 依申请公开 document (not withheld)',
      documents: [{ kind: '公文', attribute: '依申请公开', title: '检查计划', exempt_reason: '敏感' }],
    },
    {
      name: 'withheld with neither reason nor basis (doc/exempt-reason-missing judges that)',
      documents: [withheld({})],
    },
  ],
  invalid: [
    {
      // 吴江规定第十四条 is about publishing within 20 working days: no ground for withholding.
      name: "a local rule's article with the same number is no ground",
      documents: [withheld({ record_key: 'WJ-LOCAL-14', exempt_basis: '吴江规定第十四条' })],
      errors: [{ subject: 'WJ-LOCAL-14', messageId: 'unlawful', details: { given: '吴江规定第十四条' } }],
    },
    {
      name: 'a reason that denies the ground it mentions: 不涉密',
      documents: [withheld({ record_key: 'NEG-1', exempt_reason: '经审查不涉密，但领导不同意公开' })],
      errors: [{ subject: 'NEG-1', messageId: 'unlawful', details: { given: '经审查不涉密，但领导不同意公开' } }],
    },
    {
      name: 'a basis that denies the ground: 非国家秘密',
      documents: [withheld({ record_key: 'NEG-2', exempt_basis: '非国家秘密' })],
      errors: [{ subject: 'NEG-2', details: { given: '非国家秘密' } }],
    },
    {
      name: 'a basis that denies the ground: 不属于过程性信息',
      documents: [withheld({ record_key: 'NEG-3', exempt_basis: '不属于过程性信息' })],
      errors: [{ subject: 'NEG-3', details: { given: '不属于过程性信息' } }],
    },
    {
      // 安全生产 is workplace safety, the bureau's own business, not 国家安全.
      name: '国家安全生产 names no ground',
      documents: [withheld({ record_key: 'NEG-4', exempt_reason: '国家安全生产专项整治工作材料，暂不公开' })],
      errors: [{ subject: 'NEG-4', details: { given: '国家安全生产专项整治工作材料，暂不公开' } }],
    },
    {
      name: "an article of a local rule cited by its title: 《…政务公开制度》第十五条",
      documents: [withheld({ record_key: 'NEG-5', exempt_basis: '《苏州市吴江区应急管理局政务公开制度》第十五条' })],
      errors: [{ subject: 'NEG-5', details: { given: '《苏州市吴江区应急管理局政务公开制度》第十五条' } }],
    },
    {
      name: 'an article of an implementing rule: 实施细则第十六条',
      documents: [withheld({ record_key: 'NEG-6', exempt_basis: '实施细则第十六条' })],
      errors: [{ subject: 'NEG-6', details: { given: '实施细则第十六条' } }],
    },
    {
      name: 'reason: 领导不同意',
      documents: [withheld({ record_key: 'PT-2024-051', title: '2024年执法检查计划', exempt_reason: '领导不同意' })],
      errors: [
        {
          subject: 'PT-2024-051',
          due: null,
          actual: null,
          lateWorkdays: null,
          messageId: 'unlawful',
          details: { title: '2024年执法检查计划', given: '领导不同意', reason: '领导不同意', basis: null },
        },
      ],
    },
    {
      name: 'reason: 敏感',
      documents: [withheld({ record_key: 'PT-2024-052', exempt_reason: '内容敏感' })],
      errors: [{ subject: 'PT-2024-052', messageId: 'unlawful', details: { given: '内容敏感' } }],
    },
    {
      name: 'reason: 暂不公开',
      documents: [withheld({ record_key: 'PT-2024-053', exempt_reason: '暂不公开' })],
      errors: [{ subject: 'PT-2024-053', details: { given: '暂不公开' } }],
    },
    {
      name: 'reason: 内部资料',
      documents: [withheld({ record_key: 'PT-2024-054', exempt_reason: '内部资料' })],
      errors: [{ subject: 'PT-2024-054', details: { given: '内部资料' } }],
    },
    {
      name: 'a work secret "to be kept confidential" is not a state secret',
      documents: [withheld({ record_key: 'PT-2024-055', exempt_basis: '涉及工作秘密，需要保密' })],
      errors: [{ subject: 'PT-2024-055', details: { given: '涉及工作秘密，需要保密', basis: '涉及工作秘密，需要保密' } }],
    },
    {
      name: 'a superior\'s instruction "禁止公开" is not a law or administrative regulation',
      documents: [withheld({ record_key: 'PT-2024-056', exempt_reason: '上级要求禁止公开' })],
      errors: [{ subject: 'PT-2024-056', details: { given: '上级要求禁止公开' } }],
    },
    {
      name: 'the basis, when given, speaks for the document over a lawful reason',
      documents: [withheld({ record_key: 'PT-2024-057', exempt_reason: '涉及国家秘密', exempt_basis: '领导不同意' })],
      errors: [{ subject: 'PT-2024-057', details: { given: '领导不同意', reason: '涉及国家秘密', basis: '领导不同意' } }],
    },
    {
      name: 'surrounding blanks are trimmed from what is quoted',
      documents: [withheld({ record_key: 'PT-2024-058', exempt_reason: '  暂缓公开  ', exempt_basis: ' ' })],
      errors: [{ subject: 'PT-2024-058', message: /“暂缓公开”/, details: { given: '暂缓公开' } }],
    },
  ],
});
