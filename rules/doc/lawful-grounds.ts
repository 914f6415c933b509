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
 * A bare article counts, and one of the 条例 (条例第十五条, 《…条例》第十五条), but not one of another
 * document: "吴江规定第十四条" (publish within 20 days) or "《…政务公开制度》第十五条" is no ground, so an
 * article right after 规定 / 制度 / 办法 / 细则, or after a title's closing 》 that is not the 条例's, is not
 * taken as the 条例's.
 */
const BEFORE_AN_ARTICLE_OF_THE_REGULATION = '(?:^|条例》?|[^》定度法则])\\s*';
export const LAWFUL_ARTICLE_PATTERN =
  `${BEFORE_AN_ARTICLE_OF_THE_REGULATION}(?:第十[四五六]条|第1[456]条|第三十六条第?[（(]?[七7][)）]?项)`;

/**
 * A keyword as a pattern. 国家安全 and 公共安全 do not count inside 安全生产 (workplace safety, the daily
 * business of an emergency-management bureau: "国家安全生产专项整治" names no ground).
 */
function keywordPattern(keyword: string): string {
  const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return keyword.endsWith('安全') ? `${escaped}(?!生产)` : escaped;
}

const KEYWORDS = LAWFUL_GROUNDS.flatMap((g) => g.keywords.map(keywordPattern)).join('|');

/**
 * A ground's wording that the text denies: "不涉密", "非国家秘密", "不属于过程性信息", "不涉及个人隐私".
 * Removed before the text is searched for a ground, so a reason that rules a ground out does not count
 * as naming it.
 */
export const NEGATED_GROUND_PATTERN = `(?:不|非|未|无|没有|并非|并不)(?:属于|涉及|涉|含有|包含|含|是|为|构成|存在)?(?:${KEYWORDS})`;

/** One regular expression matching any lawful ground's wording or article (after NEGATED_GROUND_PATTERN is removed). */
export const LAWFUL_GROUND_PATTERN = `${KEYWORDS}|${LAWFUL_ARTICLE_PATTERN}`;

/** The same test in JavaScript (the bench generator's expectations): does the text name a lawful ground? */
export function namesLawfulGround(text: string): boolean {
  return new RegExp(LAWFUL_GROUND_PATTERN).test(text.replace(new RegExp(NEGATED_GROUND_PATTERN, 'g'), ''));
}
