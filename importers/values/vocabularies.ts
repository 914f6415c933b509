// Closed vocabularies of the ledgers, each normalised to its canonical value (FORMATS.md): the disclosure
// attribute, the kind of a document, a request's channel and applicant type. A value that is none of
// them, nor a known synonym, rejects its row: guessing would put a request in the wrong column of the
// annual report.
import { ValueError } from './value-error.ts';
import { displayText, isEmptyCell } from './cells.ts';

/** Comparison form: full-width to half-width, no spaces, quotes or bracketed notes, lower case. */
export function vocabularyKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[(\[【〔][^)\]】〕]*[)\]】〕]/g, '')
    .replace(/[\s"'“”‘’「」『』]/g, '')
    .toLowerCase();
}

export interface Vocabulary {
  /** The Chinese name of the column, for messages. */
  label: string;
  canonical: readonly string[];
  parse(raw: unknown): string | null;
}

export function vocabulary(label: string, synonyms: Record<string, readonly string[]>, fallback?: string): Vocabulary {
  const lookup = new Map<string, string>();
  for (const [canonical, words] of Object.entries(synonyms)) {
    for (const word of [canonical, ...words]) {
      const k = vocabularyKey(word);
      const previous = lookup.get(k);
      if (previous && previous !== canonical) throw new Error(`vocabulary ${label}: "${word}" means both ${previous} and ${canonical}`);
      lookup.set(k, canonical);
    }
  }
  const canonical = Object.keys(synonyms);
  // A ledger repeats a handful of spellings a million times: remember each one as first written.
  const seen = new Map<string, string>();
  return {
    label,
    canonical,
    parse(raw) {
      if (typeof raw === 'string') {
        const known = seen.get(raw);
        if (known) return known;
      }
      if (isEmptyCell(raw)) return fallback ?? null;
      const text = displayText(raw).trim();
      const found = lookup.get(vocabularyKey(text));
      if (found) {
        if (typeof raw === 'string' && seen.size < 10_000) seen.set(raw, found);
        return found;
      }
      throw new ValueError(`无法识别的${label}“${text}”，应为：${canonical.join('、')}`);
    },
  };
}

export const ATTRIBUTES = vocabulary('公开属性', {
  主动公开: ['主动', '主动公开信息'],
  依申请公开: ['依申请', '依申请公开信息', '申请公开'],
  不予公开: ['免于公开', '免予公开', '不公开', '不予公开信息', '非公开'],
});

export const DOCUMENT_KINDS = vocabulary('类型', { 公文: ['正式公文'], 非公文: ['其他信息'] }, '公文');

export const REQUEST_CHANNELS = vocabulary('提交方式', {
  当面: ['现场', '当面递交', '当面提交', '现场递交', '现场提交', '当面申请', '现场申请', '窗口', '窗口递交', '来访'],
  挂号信: ['快递', 'ems', '挂号', '挂号信函', '邮政快递', '特快专递'],
  平常信函: ['信函', '平信', '普通信件', '普通信函', '平常信件'],
  网络: ['网上', '在线', '互联网', '网站', '电子邮件', '政务网', '网上申请', '在线申请', '网络申请', '电子邮箱', 'email', 'e-mail', '邮箱', '门户网站', '网上提交'],
  传真: ['fax', '传真件'],
});

export const APPLICANT_TYPES = vocabulary('申请人类型', {
  自然人: ['公民', '个人', '自然人申请'],
  商业企业: ['企业', '公司', '商业企业法人', '企业法人'],
  科研机构: ['科研院所', '研究机构', '科研单位'],
  社会公益组织: ['公益组织', '社会公益机构'],
  法律服务机构: ['律师事务所', '律所', '律师', '法律服务所'],
  其他: ['其它'],
});

/**
 * A document's 信息类别: an open list (bodies add their own), but the categories the annual report and the
 * rules count (行政规范性文件 needs its 政策解读) are spelt one way whatever the ledger wrote.
 */
const CATEGORY_SYNONYMS = new Map(
  Object.entries({
    规章: ['政府规章', '部门规章'],
    行政规范性文件: ['规范性文件', '行政规范性', '规范性'],
    行政许可: ['许可'],
    行政处罚: ['处罚', '行政处罚决定'],
    行政强制: ['强制'],
    行政事业性收费: ['事业性收费', '收费'],
    其他: ['其它'],
  }).flatMap(([canonical, words]) => [canonical, ...words].map((w) => [vocabularyKey(w), canonical] as const)),
);

export function parseCategory(raw: unknown): string | null {
  if (isEmptyCell(raw)) return null;
  const text = displayText(raw).trim();
  return CATEGORY_SYNONYMS.get(vocabularyKey(text)) ?? text;
}

export function parseVocabulary(vocab: Vocabulary): (raw: unknown) => string | null {
  return (raw) => vocab.parse(raw);
}
