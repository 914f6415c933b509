// A request's outcome (办理结果): one leaf of the annual report's table (FORMATS.md), written
// "group-leaf" (不予公开-属于国家秘密), or a bare group name when the ledger says no more. Ledgers copy
// the official table's wording, numbering and notes ("（三）不予公开 1.属于国家秘密",
// "部分公开（区分处理的，只计这一情形，不计其他情形）"), or give the leaf alone ("本机关不掌握相关政府信息").
import { ValueError } from './value-error.ts';
import { displayText, isEmptyCell } from './cells.ts';

export const OUTCOME_GROUPS = ['不予公开', '无法提供', '不予处理', '其他处理'] as const;

/** Each leaf with the official table's longer wordings of it (2019 template). */
const LEAVES: Record<string, readonly string[]> = {
  予以公开: ['公开', '全部公开', '同意公开', '予以公开信息'],
  部分公开: ['部分予以公开'],
  '不予公开-属于国家秘密': ['国家秘密', '涉及国家秘密'],
  '不予公开-其他法律行政法规禁止公开': ['其他法律、行政法规禁止公开', '法律行政法规禁止公开'],
  '不予公开-危及三安全一稳定': ['危及“三安全一稳定”', '危及国家安全、公共安全、经济安全和社会稳定'],
  '不予公开-保护第三方合法权益': ['保护第三方合法权益', '涉及第三方合法权益'],
  '不予公开-属于三类内部事务信息': ['属于“三类内部事务信息”', '内部事务信息'],
  '不予公开-属于四类过程性信息': ['属于“四类过程性信息”', '过程性信息'],
  '不予公开-属于行政执法案卷': ['行政执法案卷'],
  '不予公开-属于行政查询事项': ['行政查询事项'],
  '无法提供-本机关不掌握相关政府信息': ['本机关不掌握相关政府信息', '不掌握相关政府信息', '信息不存在', '本机关不掌握'],
  '无法提供-没有现成信息需要另行制作': ['没有现成信息需要另行制作', '需要另行制作'],
  '无法提供-补正后申请内容仍不明确': ['补正后申请内容仍不明确'],
  '不予处理-信访举报投诉类申请': ['信访举报投诉类申请', '信访举报投诉'],
  '不予处理-重复申请': ['重复申请'],
  '不予处理-要求提供公开出版物': ['要求提供公开出版物'],
  '不予处理-无正当理由大量反复申请': ['无正当理由大量反复申请', '大量反复申请'],
  '不予处理-要求行政机关确认或重新出具已获取信息': ['要求行政机关确认或重新出具已获取信息'],
  '其他处理-申请人逾期不补正': [
    '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    '申请人无正当理由逾期不补正',
    '逾期不补正',
  ],
  '其他处理-申请人逾期未缴纳费用': [
    '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    '申请人逾期未按收费通知要求缴纳费用',
    '逾期未缴纳费用',
  ],
  '其他处理-其他': ['其他', '其它'],
};

export const OUTCOME_LEAVES: readonly string[] = Object.keys(LEAVES);

/**
 * Comparison form: no numbering ("（三）", "1.", "3、"), no bracketed notes, no quotes, spaces,
 * punctuation or dashes, so "不予公开—属于国家秘密" and "（三）不予公开 1.属于国家秘密" meet.
 */
function outcomeKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[(（][一二三四五六七八九十\d]+[)）]/g, '')
    .replace(/[(\[【〔][^)\]】〕]*[)\]】〕]/g, '')
    .replace(/(^|[^\d])\d{1,2}\s*[.、]/g, '$1')
    .replace(/[\s"'“”‘’「」『』\-—–―_:：/、，,.。；;·]/g, '');
}

const LOOKUP = (() => {
  const map = new Map<string, string>();
  const add = (word: string, canonical: string) => {
    const k = outcomeKey(word);
    const previous = map.get(k);
    if (previous && previous !== canonical) throw new Error(`outcome "${word}" means both ${previous} and ${canonical}`);
    map.set(k, canonical);
  };
  for (const group of OUTCOME_GROUPS) add(group, group);
  for (const [leaf, wordings] of Object.entries(LEAVES)) {
    const dash = leaf.indexOf('-');
    const group = dash < 0 ? null : leaf.slice(0, dash);
    const short = dash < 0 ? leaf : leaf.slice(dash + 1);
    for (const word of [leaf, short, ...wordings]) {
      add(word, leaf);
      if (group) add(group + word, leaf);
    }
  }
  return map;
})();

const seen = new Map<string, string>();

export function parseOutcome(raw: unknown): string | null {
  if (typeof raw === 'string') {
    const known = seen.get(raw);
    if (known) return known;
  }
  if (isEmptyCell(raw)) return null;
  const text = displayText(raw).trim();
  const found = LOOKUP.get(outcomeKey(text));
  if (found) {
    if (typeof raw === 'string' && seen.size < 10_000) seen.set(raw, found);
    return found;
  }
  throw new ValueError(`无法识别的办理结果“${text}”，应为年度报告表格中的类别，如“予以公开”“不予公开-属于国家秘密”`);
}
