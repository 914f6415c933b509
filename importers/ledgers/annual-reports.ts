// 政府信息公开工作年度报告 (annual-reports): one row per agency and year, with the report's dates, its
// full text and the figures of the official table (columns named 三.本年新收.自然人 and the like).
import { dateField, textField, wholeNumberField } from './field.ts';
import { requiredGroups, type LedgerSpec } from './ledger.ts';
import { isFullTextReference, readFullText } from './full-text.ts';

/** A report of some pages; far more than any real one, far less than the database's limits. */
const MAX_TEXT_CHARS = 5_000_000;

const fields = [
  wholeNumberField('year', '年度', 2000, 2100, /\s*年度?$/, { required: true, aliases: ['年份', '报告年度', '年'] }),
  dateField('published_on', '发布日期', { aliases: ['公开日期', '发布时间', '公开时间'] }),
  dateField('submitted_on', '报送日期', { aliases: ['报送时间', '上报日期', '提交日期'] }),
  textField('url', '链接', { aliases: ['网址', '报告链接', '原文链接'] }),
  { ...textField('full_text', '全文', { aliases: ['正文', '报告全文', '报告正文', '全文文件', 'full_text', '报告文本'] }, MAX_TEXT_CHARS), english: 'text' },
];

export const annualReportsLedger: LedgerSpec = {
  kind: 'annual-reports',
  table: 'annual_report',
  keyColumn: 'year',
  fields,
  derived: [{ column: 'figures', sqlType: 'jsonb', insertDefault: `'{}'::jsonb` }],
  requiredColumns: requiredGroups(fields),
  figures: true,
  async complete(values, context) {
    const text = values.full_text;
    if (text && isFullTextReference(text)) values.full_text = await readFullText(text, context.directory);
    return values.year!;
  },
};
