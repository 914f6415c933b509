// The lawful grounds for not disclosing (条例第十四、十五、十六条, 第三十六条第（七）项) as the words a
// reason or basis uses to name them. Shared by doc/exempt-basis-unlawful and the user guide.
export const LAWFUL_GROUNDS: { ground: string; article: string; keywords: string[] }[] = [
  { ground: '属于国家秘密', article: '条例第十四条', keywords: ['国家秘密', '涉密'] },
  { ground: '其他法律行政法规禁止公开', article: '条例第十四条', keywords: ['法律行政法规禁止', '法律、行政法规禁止', '法律法规禁止'] },
  {
    ground: '危及"三安全一稳定"',
    article: '条例第十四条',
    keywords: ['三安全一稳定', '国家安全', '公共安全', '经济安全', '社会稳定'],
  },
  { ground: '保护第三方合法权益', article: '条例第十五条', keywords: ['第三方', '商业秘密', '个人隐私', '隐私'] },
  {
    ground: '属于三类内部事务信息',
    article: '条例第十六条第一款',
    keywords: ['内部事务', '人事管理', '后勤管理', '内部工作流程'],
  },
  {
    ground: '属于四类过程性信息',
    article: '条例第十六条第二款',
    keywords: ['过程性', '讨论记录', '过程稿', '磋商信函', '请示报告'],
  },
  { ground: '属于行政执法案卷', article: '条例第十六条第二款', keywords: ['行政执法案卷', '执法案卷'] },
  // 第三十六条第（七）项 (the 2019 text; NATIONAL.md's table says (六), which is the repeat-request item).
  { ground: '属于行政查询事项', article: '条例第三十六条第（七）项', keywords: ['行政查询'] },
];

/**
 * Article references of the 条例 that are themselves a lawful basis (第十四、十五、十六条, 第三十六条第（七）项).
 * A bare article counts, but not one of a local rule: "吴江规定第十四条" (publish within 20 days) is no ground,
 * so an article preceded by 规定 / 制度 / 办法 is not taken as the 条例's.
 */
export const LAWFUL_ARTICLE_PATTERN =
  '(^|[^定度法])(第十[四五六]条|第1[456]条)|第三十六条第?[（(]?[七7][)）]?项';

/** One regular expression matching any lawful ground's wording or article. */
export const LAWFUL_GROUND_PATTERN = [
  ...LAWFUL_GROUNDS.flatMap((g) => g.keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))),
  LAWFUL_ARTICLE_PATTERN,
].join('|');
