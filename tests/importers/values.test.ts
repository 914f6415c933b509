// Cell values, headers and encodings, without a database: the vocabularies and their synonyms, the
// comparison form of headers, where the header row is, and which bytes are which encoding.
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseBoolean, parsePresence } from '../../importers/values/booleans.ts';
import { parseAmount, parseFigure, parseWholeNumber } from '../../importers/values/numbers.ts';
import { parseOutcome, OUTCOME_LEAVES } from '../../importers/values/outcomes.ts';
import { APPLICANT_TYPES, ATTRIBUTES, REQUEST_CHANNELS, parseCategory } from '../../importers/values/vocabularies.ts';
import { parseDateTime } from '../../importers/values/date-times.ts';
import { normaliseDate } from '../../importers/values/dates.ts';
import { figureKey, headerKey } from '../../importers/headers/normalise.ts';
import { HeaderResolver, planColumns } from '../../importers/headers/column-plan.ts';
import { combineHeaderRows, locateHeader } from '../../importers/headers/header-row.ts';
import { detectEncoding } from '../../importers/formats/encoding.ts';
import { sniffDelimiter } from '../../importers/formats/csv.ts';
import { copyLine } from '../../importers/load/copy-text.ts';
import { LEDGERS, LEDGER_KINDS } from '../../importers/ledgers/index.ts';
import type { SourceRow } from '../../importers/formats/table.ts';

describe('booleans and presence flags', () => {
  it.each([
    ['是', true], ['否', false], ['Y', true], ['n', false], ['TRUE', true], ['false', false], ['1', true], ['0', false], [true, true], ['', null], ['-', null],
  ] as const)('%s → %s', (raw, expected) => expect(parseBoolean(raw)).toBe(expected));

  it('reads 有/无 as presence, where 无 is "not provided" rather than empty', () => {
    expect(parsePresence('有')).toBe(true);
    expect(parsePresence('无')).toBe(false);
    expect(parsePresence('是')).toBe(true);
    expect(parsePresence('')).toBeNull();
  });

  it('refuses anything else', () => expect(() => parseBoolean('也许')).toThrow(/应为“是”或“否”/));
});

describe('amounts and whole numbers', () => {
  it.each([
    ['1,234.50元', 1234.5], ['￥10', 10], ['0', 0], [12.345, 12.35], ['  8 元 ', 8], ['', null], ['无', null],
  ] as const)('fee %s → %s', (raw, expected) => expect(parseAmount(raw)).toBe(expected));

  it('refuses a negative or non-numeric fee', () => {
    expect(() => parseAmount('-5')).toThrow(/不能为负数/);
    expect(() => parseAmount('五元')).toThrow(/不是有效金额/);
  });

  it('reads working days with a unit and bounds them', () => {
    const days = (raw: unknown) => parseWholeNumber(raw, 0, 60, /\s*(个)?(工作日|天|日)$/);
    expect(days('15个工作日')).toBe(15);
    expect(days(20)).toBe(20);
    expect(() => days('61')).toThrow(/0 至 60/);
    expect(() => days('2.5')).toThrow(/整数/);
  });

  it('reads an empty figure as 0', () => {
    expect(parseFigure('')).toBe(0);
    expect(parseFigure('1,024')).toBe(1024);
    expect(() => parseFigure('十')).toThrow();
  });
});

describe('closed vocabularies', () => {
  it.each([
    ['主动', '主动公开'], ['免于公开', '不予公开'], ['免予公开', '不予公开'], ['不公开', '不予公开'], ['依申请公开', '依申请公开'],
  ])('attribute %s → %s', (raw, expected) => expect(ATTRIBUTES.parse(raw)).toBe(expected));

  it.each([
    ['现场', '当面'], ['当面递交', '当面'], ['EMS', '挂号信'], ['快递', '挂号信'], ['挂号', '挂号信'], ['平信', '平常信函'],
    ['普通信件', '平常信函'], ['网上申请', '网络'], ['电子邮件', '网络'], ['政务网', '网络'], ['互联网', '网络'], ['传真', '传真'],
  ])('channel %s → %s', (raw, expected) => expect(REQUEST_CHANNELS.parse(raw)).toBe(expected));

  it.each([
    ['公民', '自然人'], ['个人', '自然人'], ['企业', '商业企业'], ['公司', '商业企业'], ['律师事务所', '法律服务机构'], ['其它', '其他'],
  ])('applicant %s → %s', (raw, expected) => expect(APPLICANT_TYPES.parse(raw)).toBe(expected));

  it('spells the counted categories one way and keeps the others as written', () => {
    expect(parseCategory('规范性文件')).toBe('行政规范性文件');
    expect(parseCategory('其它')).toBe('其他');
    expect(parseCategory('工作动态')).toBe('工作动态');
    expect(parseCategory('无')).toBeNull();
  });

  it('refuses what it does not know, naming the choices', () => {
    expect(() => ATTRIBUTES.parse('随便')).toThrow(/主动公开、依申请公开、不予公开/);
    expect(() => REQUEST_CHANNELS.parse('邮寄')).toThrow(/提交方式/);
  });
});

describe('outcomes', () => {
  it.each([
    ['予以公开', '予以公开'],
    ['部分公开（区分处理的，只计这一情形，不计其他情形）', '部分公开'],
    ['不予公开—属于国家秘密', '不予公开-属于国家秘密'],
    ['属于国家秘密', '不予公开-属于国家秘密'],
    ['（三）不予公开 1.属于国家秘密', '不予公开-属于国家秘密'],
    ['危及“三安全一稳定”', '不予公开-危及三安全一稳定'],
    ['其他法律、行政法规禁止公开', '不予公开-其他法律行政法规禁止公开'],
    ['本机关不掌握相关政府信息', '无法提供-本机关不掌握相关政府信息'],
    ['无法提供：没有现成信息需要另行制作', '无法提供-没有现成信息需要另行制作'],
    ['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '其他处理-申请人逾期不补正'],
    ['不予处理-重复申请', '不予处理-重复申请'],
    ['不予公开', '不予公开'],
    ['其他处理', '其他处理'],
  ])('%s → %s', (raw, expected) => expect(parseOutcome(raw)).toBe(expected));

  it('knows every leaf by its canonical name', () => {
    for (const leaf of OUTCOME_LEAVES) expect(parseOutcome(leaf)).toBe(leaf);
    expect(OUTCOME_LEAVES).toHaveLength(21);
  });

  it('refuses an unknown outcome and a leaf under the wrong group', () => {
    expect(() => parseOutcome('已处理')).toThrow(/无法识别的办理结果/);
    expect(() => parseOutcome('不予处理-属于国家秘密')).toThrow(/无法识别/);
  });
});

describe('dates and date-times', () => {
  it('keeps the foundation date forms', () => {
    expect(normaliseDate('2024/10/8')).toBe('2024-10-08');
    expect(normaliseDate('2024年10月8日')).toBe('2024-10-08');
    expect(normaliseDate(45573)).toBe('2024-10-08');
    expect(() => normaliseDate('2023-02-29')).toThrow(/日期不存在/);
  });

  it('reads a time without a zone as China time, and the day in China from an instant', () => {
    expect(parseDateTime('2024-10-08 14:30')).toEqual({ instant: '2024-10-08T14:30:00+08:00', day: '2024-10-08' });
    expect(parseDateTime('2024-10-08T20:00:00Z')).toEqual({ instant: '2024-10-08T20:00:00Z', day: '2024-10-09' });
    expect(parseDateTime('2024/10/8')).toEqual({ instant: null, day: '2024-10-08' });
    expect(parseDateTime(new Date(Date.UTC(2024, 9, 8, 9, 5)))).toEqual({ instant: '2024-10-08T09:05:00+08:00', day: '2024-10-08' });
    expect(parseDateTime(45573.5)).toEqual({ instant: '2024-10-08T12:00:00+08:00', day: '2024-10-08' });
  });
});

describe('headers', () => {
  it('compares headers after width, line breaks, notes, stars and case', () => {
    expect(headerKey('发布日期（YYYY-MM-DD）')).toBe(headerKey('发布日期'));
    expect(headerKey('形成\n日期')).toBe(headerKey('形成日期'));
    expect(headerKey(' *科室 ')).toBe(headerKey('科室'));
    expect(headerKey('Record Key')).toBe(headerKey('record_key'));
    expect(headerKey('ＵＲＬ')).toBe(headerKey('url'));
  });

  it('has no synonym naming two columns of one ledger', () => {
    for (const kind of LEDGER_KINDS) expect(() => new HeaderResolver(LEDGERS[kind])).not.toThrow();
  });

  it.each([
    ['documents', '成文日期', 'formed_on'], ['documents', '发文日期', 'formed_on'], ['documents', '发文字号', 'doc_no'],
    ['documents', '文件编号', 'doc_no'], ['documents', 'doc_no', 'doc_no'], ['requests', '登记编号', 'request_no'],
    ['requests', '受理编号', 'request_no'], ['requests', '申请时间', 'submitted_on'], ['requests', '申请日期', 'submitted_on'],
    ['publications', 'column', 'column_name'], ['annual-reports', 'text', 'full_text'],
  ] as const)('%s: %s → %s', (kind, header, column) => {
    const role = new HeaderResolver(LEDGERS[kind]).resolve(header);
    expect(role.role === 'field' && role.field.column).toBe(column);
  });

  it('collects annual report figures by their canonical key', () => {
    expect(figureKey('三．不予公开—属于国家秘密．总计')).toBe('三.不予公开-属于国家秘密.总计');
    expect(figureKey('三.本年新收.自然人')).toBe('三.本年新收.自然人');
    expect(figureKey('标题')).toBeNull();
  });

  it('keeps the first of two columns naming one field, the second as extra', () => {
    const plan = planColumns(new HeaderResolver(LEDGERS.documents), ['形成日期', '成文日期', '科室', '标题', '文号']);
    expect(plan.shadowed).toEqual(['成文日期']);
    expect(plan.missing).toEqual([]);
  });
});

/** Rows in chunks of two, as readers deliver them. */
async function* rowsOf(rows: unknown[][]): AsyncGenerator<SourceRow[]> {
  const all = rows.map((cells, i): SourceRow => ({ row: i + 1, cells }));
  for (let i = 0; i < all.length; i += 2) yield all.slice(i, i + 2);
}

describe('finding the header row', () => {
  const resolver = new HeaderResolver(LEDGERS.requests);

  it('skips a title row and a blank row above the header', async () => {
    const found = await locateHeader(resolver, rowsOf([['吴江区应急管理局依申请公开登记台账'], [], ['申请编号', '申请人类型', '提交方式', '收到日期'], ['Q1', '公民', '网络', '2024-01-02']]));
    expect(found.found && found.headerRow).toBe(3);
  });

  it('joins a two-row header under merged group cells', async () => {
    const top = ['申请编号', '申请人', '', '提交方式', '收到日期', '延期', ''];
    const sub = ['', '类型', '姓名', '', '', '审批日期', '工作日'];
    expect(combineHeaderRows(resolver, top, sub)).toEqual(['申请编号', '申请人类型', '申请人姓名', '提交方式', '收到日期', '延期审批日期', '延期工作日']);
    const found = await locateHeader(resolver, rowsOf([top, sub, ['Q1', '公民', '张三', '网络', '2024-01-02', '', '']]));
    expect(found.found && found.headerRow).toBe(2);
  });

  it('reports the best candidate when no row has every required column', async () => {
    const search = await locateHeader(resolver, rowsOf([['申请编号', '收到日期'], ['Q1', '2024-01-02']]));
    expect(search.found).toBe(false);
  });
});

describe('encodings and delimiters', () => {
  const text = '申请编号,申请人类型\nQ1,公民\n';
  it('tells UTF-8, GBK and UTF-16 apart, and refuses bytes that are neither', () => {
    expect(detectEncoding(Buffer.from(text))).toBe('utf-8');
    expect(detectEncoding(iconv.encode(text, 'gbk'))).toBe('gb18030');
    expect(detectEncoding(iconv.encode(text, 'utf-16le', { addBOM: true }))).toBe('utf-16le');
    expect(detectEncoding(Buffer.from([0x41, 0x2c, 0xe9, 0x2c, 0xff, 0x0a]))).toBeNull();
    expect(detectEncoding(Buffer.from([0x00, 0x01, 0x02, 0x41]))).toBeNull();
  });

  it('sniffs the delimiter from the header line', () => {
    expect(sniffDelimiter('a\tb\tc\n1,2\t3')).toBe('\t');
    expect(sniffDelimiter('a,b,c')).toBe(',');
  });

  it('escapes what would break a COPY line', () => {
    expect(copyLine(['a\tb', null, 'c\\d\ne', 3])).toBe('a\\tb\t\\N\tc\\\\d\\ne\t3\n');
  });
});
