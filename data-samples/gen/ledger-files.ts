// Rows → files, one function per ledger file, each in the shape that bureau's system exports.
import { allFigureKeys } from './figures.ts';
import type { AnnualReportRow, DocumentRow, PublicationRow, RequestRow } from './model.ts';
import { dateStyles, formatDate, gbkCsv, utf8Csv, xlsx, yesNo, type Cell, type DateStyle } from './writers.ts';

const text = (v: string | null | undefined) => v ?? '';

/**
 * Putuo's documents: an office-automation export in GBK with Windows line ends, its own header names
 * (成文日期 for 形成日期, 发文字号 for 文号) and an extra 备注 column; dates mostly as 2024/10/8.
 */
export function putuoDocuments(rows: readonly DocumentRow[]): Buffer {
  const header = ['记录编号', '科室', '发文字号', '标题', '类型', '信息类别', '成文日期', '变更日期', '公开属性', '不公开理由', '不公开依据', '报送日期', '保密审查日期', '审查人', '审定日期', '审定领导', '发布日期', '发布渠道', '链接', '索引号', '解读发布日期', '废止日期', '备注'];
  const style = dateStyles('putuo-documents', [['slash', 6], ['iso', 3], ['zh', 1]]);
  return gbkCsv(
    header,
    rows.map((d) => {
      const s = style();
      const day = (v: string | null) => formatDate(v, s);
      return [
        d.record_key, d.section, text(d.doc_no), d.title, d.kind, text(d.category), day(d.formed_on), day(d.changed_on),
        text(d.attribute_text ?? d.attribute), text(d.exempt_reason), text(d.exempt_basis), day(d.submitted_on), day(d.reviewed_on),
        text(d.reviewer), day(d.approved_on), text(d.approved_by), day(d.published_on), text(d.channel), text(d.url), text(d.index_no),
        day(d.interpretation_published_on), day(d.repealed_on), text(d.note),
      ];
    }),
  );
}

/** Wujiang's documents: canonical headers in UTF-8, no submission column; some dates as 2024年10月8日. */
export function wujiangDocuments(rows: readonly DocumentRow[]): Buffer {
  const header = ['记录编号', '科室', '文号', '标题', '类型', '信息类别', '形成日期', '变更日期', '公开属性', '不公开理由', '不公开依据', '保密审查日期', '审查人', '审定日期', '审定领导', '发布日期', '发布渠道', '链接', '索引号', '解读发布日期', '废止日期'];
  const style = dateStyles('wujiang-documents', [['iso', 8], ['zh', 2]]);
  return utf8Csv(
    header,
    rows.map((d) => {
      if (d.submitted_on) throw new Error(`Wujiang's ledger has no submission column: ${d.record_key}`);
      const s = style();
      const day = (v: string | null) => formatDate(v, s);
      return [
        d.record_key, d.section, text(d.doc_no), d.title, d.kind, text(d.category), day(d.formed_on), day(d.changed_on),
        text(d.attribute_text ?? d.attribute), text(d.exempt_reason), text(d.exempt_basis), day(d.reviewed_on), text(d.reviewer),
        day(d.approved_on), text(d.approved_by), day(d.published_on), text(d.channel), text(d.url), text(d.index_no),
        day(d.interpretation_published_on), day(d.repealed_on),
      ];
    }),
    false,
  );
}

/**
 * Publications from the website and WeChat back-ends, merged: portal times as 2024-10-08 09:30:00,
 * WeChat times as 2024/10/8 18:30.
 */
export function publications(rows: readonly PublicationRow[], bom: boolean): Buffer {
  const header = ['记录编号', '渠道', '栏目', '标题', '发布时间', '链接', '文号', '拟稿人', '审核人', '签发人', '是否转载', '来源'];
  return utf8Csv(
    header,
    rows.map((p) => {
      const [day, time] = p.published_at.split(' ') as [string, string];
      const at = p.channel === '门户网站' ? p.published_at : `${formatDate(day, 'slash')} ${time.slice(0, 5)}`;
      return [p.record_key, p.channel, text(p.column), p.title, at, text(p.url), text(p.doc_no), text(p.drafter), text(p.reviewer), text(p.signer), yesNo(p.is_repost), text(p.source)];
    }),
    bom,
  );
}

/**
 * Wujiang's request register as its registration system exports it: an XLSX whose first row is a title,
 * with 登记编号 for 申请编号 and 申请时间 for 提交日期 (a date-time for online requests), date cells, and
 * hand-typed 2024年10月8日 in some rows; a second sheet of filling notes.
 */
export async function wujiangRequests(rows: readonly RequestRow[]): Promise<Buffer> {
  const header = ['登记编号', '申请人类型', '申请人', '身份证明', '联系方式', '申请内容', '获取方式', '提交方式', '申请时间', '收到日期', '当场答复', '补正告知日期', '补正收到日期', '征求意见日期', '意见回复日期', '延期审批日期', '延期审批人', '延期告知日期', '延期工作日', '答复日期', '办理结果', '不予公开理由', '收费金额', '归档日期', '行政复议结果', '行政诉讼结果', '承办科室'];
  const style = dateStyles('wujiang-requests', [['iso', 17], ['zh', 3]] as const);
  // Online submissions carry the time the system logged them.
  let minute = 0;
  const data: Cell[][] = rows.map((r) => {
    const typed = style() === 'zh';
    const day = (v: string | null): Cell => (v === null ? null : typed ? { text: formatDate(v, 'zh') } : { date: v });
    minute = (minute + 37) % (14 * 60);
    const submitted: Cell =
      r.submitted_on === null
        ? null
        : r.channel === '网络'
          ? { text: `${r.submitted_on} ${String(8 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}` }
          : day(r.submitted_on);
    return [
      r.request_no, r.applicant_type, r.applicant, yesNo(r.id_provided), yesNo(r.contact_provided), r.description ?? '', r.form_requested,
      r.channel, submitted, day(r.received_on), yesNo(r.on_the_spot), day(r.correction_requested_on), day(r.correction_received_on),
      day(r.third_party_sent_on), day(r.third_party_replied_on), day(r.extension_approved_on), r.extension_approved_by,
      day(r.extension_notified_on), r.extension_workdays, day(r.answered_on), r.outcome,
      r.refusal_reason, r.fee, day(r.archived_on), r.review_result, r.litigation_result, r.section,
    ];
  });
  return xlsx({
    sheetName: '依申请公开登记台账',
    title: '苏州市吴江区应急管理局政府信息公开申请登记台账（2023年1月—2026年3月）',
    header,
    rows: data,
    widths: [18, 12, 24, 9, 9, 48, 10, 10, 18, 12, 9, 12, 12, 12, 12, 12, 10, 12, 10, 12, 30, 36, 9, 12, 12, 12, 16],
    notes: {
      sheetName: '填表说明',
      lines: [
        '1. 收到日期：当面提交为提交当日；挂号信为签收之日；平常信函、网络、传真为双方确认之日。',
        '2. 补正收到日期：答复期限自收到补正之日起重新计算（《条例》第三十条）。',
        '3. 征求意见期间不计算在答复期限内（《条例》第三十三条第三款）。',
        '4. 延期须经政府信息公开工作分管领导审批并告知申请人，最长不超过20个工作日。',
        '5. 办理结果按年度报告表格的末级分类填写。',
      ],
    },
  });
}

/** The annual-reports ledger: one row a year, the figures in FORMATS.md's columns, the text beside it. */
export function annualReports(rows: readonly AnnualReportRow[]): Buffer {
  const keys = allFigureKeys();
  const header = ['年度', '发布日期', '报送日期', '链接', '全文', ...keys];
  return utf8Csv(
    header,
    rows.map((r) => [
      String(r.year),
      formatDate(r.published_on, 'iso'),
      formatDate(r.submitted_on, 'iso'),
      r.url ?? '',
      r.text_path,
      // 2023 was typed by hand: zero cells left empty (an empty cell is 0).
      ...keys.map((k) => (r.year === 2023 && (r.figures[k] ?? 0) === 0 ? '' : String(r.figures[k] ?? 0))),
    ]),
    false,
  );
}

export type { DateStyle };
