// The annual report's tables computed from a small hand-built ledger, against the table written down by
// hand below, then read back from each output: the xlsx (figures, merged heads, print set-up), the docx
// (the same row, cell by cell) and the JSON (published figures, differences, broken identities).
import { beforeAll, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeOnDatabases } from '../helpers/databases.ts';
import { addAgency, addRequests, docxTableRows, type RequestRow } from './fixtures.ts';
import { ANNUAL_REPORT_FORMATS, buildAnnualReport, type AnnualReport } from '../../reports/annual/index.ts';
import { brokenIdentities } from '../../reports/annual/identities.ts';
import { PART3_COLUMNS, PART3_ROWS, figure, part3Key } from '../../reports/annual/layout.ts';

const AGENCY = 'QPYJ';
const NAME = '青浦区应急管理局';

/** Ten requests around 2024; the comment on each says where it lands in the 2024 table. */
const LEDGER: RequestRow[] = [
  // 上年结转 自然人; 予以公开 自然人
  { request_no: 'Q23-1', applicant_type: '自然人', received_on: '2023-12-20', answered_on: '2024-01-10', outcome: '予以公开' },
  // 上年结转 商业企业; 部分公开 商业企业
  { request_no: 'Q23-2', applicant_type: '商业企业', received_on: '2023-12-28', answered_on: '2024-01-15', outcome: '部分公开' },
  // Closed in 2023: nowhere in 2024.
  { request_no: 'Q23-3', applicant_type: '自然人', received_on: '2023-05-04', answered_on: '2023-05-22', outcome: '予以公开' },
  { request_no: 'Q24-1', applicant_type: '自然人', received_on: '2024-02-01', answered_on: '2024-02-20', outcome: '予以公开' },
  // 行政复议 结果纠正
  { request_no: 'Q24-2', applicant_type: '自然人', received_on: '2024-03-01', answered_on: '2024-03-25', outcome: '不予公开-属于国家秘密', review_result: '纠正' },
  // 行政诉讼 复议后起诉 结果维持
  { request_no: 'Q24-3', applicant_type: '科研机构', received_on: '2024-04-01', answered_on: '2024-04-22', outcome: '无法提供-本机关不掌握相关政府信息', litigation_result: '复议后-维持' },
  // 行政诉讼 未经复议 结果纠正
  { request_no: 'Q24-4', applicant_type: '社会公益组织', received_on: '2024-05-06', answered_on: '2024-05-30', outcome: '不予处理-重复申请', litigation_result: '纠正' },
  { request_no: 'Q24-5', applicant_type: '法律服务机构', received_on: '2024-06-03', answered_on: '2024-06-20', outcome: '其他处理-申请人逾期不补正' },
  { request_no: 'Q24-6', applicant_type: '其他', received_on: '2024-07-01', answered_on: '2024-07-10', outcome: '部分公开' },
  // 结转下年度 商业企业 (unanswered)
  { request_no: 'Q24-7', applicant_type: '商业企业', received_on: '2024-12-20' },
  // 结转下年度 自然人 (answered in 2025)
  { request_no: 'Q24-8', applicant_type: '自然人', received_on: '2024-12-25', answered_on: '2025-01-10', outcome: '予以公开' },
  // An applicant type outside the six columns counts under 其他.
  { request_no: 'Q24-9', applicant_type: '个体工商户', received_on: '2024-09-02', answered_on: '2024-09-20', outcome: '予以公开' },
];

// Part 三, written by hand: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. Rows not listed are 0.
const EXPECTED_PART3: Record<string, number[]> = {
  本年新收: [3, 1, 1, 1, 1, 2, 9],
  上年结转: [1, 1, 0, 0, 0, 0, 2],
  予以公开: [2, 0, 0, 0, 0, 1, 3],
  部分公开: [0, 1, 0, 0, 0, 1, 2],
  '不予公开-属于国家秘密': [1, 0, 0, 0, 0, 0, 1],
  '无法提供-本机关不掌握相关政府信息': [0, 0, 1, 0, 0, 0, 1],
  '不予处理-重复申请': [0, 0, 0, 1, 0, 0, 1],
  '其他处理-申请人逾期不补正': [0, 0, 0, 0, 1, 0, 1],
  总计: [3, 1, 1, 1, 1, 2, 9],
  结转下年度: [1, 1, 0, 0, 0, 0, 2],
};
const EXPECTED_PART4 = {
  '四.行政复议.结果纠正': 1,
  '四.行政复议.总计': 1,
  '四.行政诉讼复议后.结果维持': 1,
  '四.行政诉讼复议后.总计': 1,
  '四.行政诉讼未经复议.结果纠正': 1,
  '四.行政诉讼未经复议.总计': 1,
};
const EXPECTED_PART2 = {
  '二.规章.本年制发': 1,
  '二.规章.现行有效': 1,
  '二.行政规范性文件.本年制发': 1,
  '二.行政规范性文件.本年废止': 1,
  '二.行政规范性文件.现行有效': 2,
  '二.行政许可.处理决定': 2,
  '二.行政处罚.处理决定': 1,
  '二.行政强制.处理决定': 0,
};

describeOnDatabases('annual report tables and their outputs', (use) => {
  let report: AnnualReport;
  let dir: string;

  beforeAll(async () => {
    const { db } = use();
    await addAgency(db, AGENCY, NAME);
    await addRequests(db, AGENCY, LEDGER);
    const doc = (record_key: string, category: string, formed_on: string, repealed_on: string | null = null) => ({
      agency: AGENCY, record_key, section: '办公室', title: record_key, category, formed_on, repealed_on,
    });
    await db
      .insertInto('document')
      .values([
        doc('GZ-1', '规章', '2024-03-01'),
        doc('GF-1', '行政规范性文件', '2023-06-01'),
        doc('GF-2', '行政规范性文件', '2024-05-01'),
        doc('GF-3', '行政规范性文件', '2022-01-10', '2024-06-01'),
        doc('XK-1', '行政许可', '2024-02-02'),
        doc('XK-2', '行政许可', '2024-08-08'),
        doc('CF-1', '行政处罚', '2024-09-09'),
        doc('CF-0', '行政处罚', '2023-09-09'),
      ])
      .execute();
    // As published: one figure wrong (自然人 本年新收 4 instead of 3), which also breaks an identity; last
    // year's report carried out one request fewer than this year's carried in.
    const published: Record<string, number> = {};
    for (const [row, values] of Object.entries(EXPECTED_PART3)) {
      PART3_COLUMNS.forEach((column, i) => (published[part3Key(row, column)] = values[i]!));
    }
    Object.assign(published, EXPECTED_PART2, EXPECTED_PART4);
    published[part3Key('本年新收', '自然人')] = 4;
    await db
      .insertInto('annual_report')
      .values([
        { agency: AGENCY, year: 2024, published_on: '2025-01-20', figures: JSON.stringify(published) },
        { agency: AGENCY, year: 2023, published_on: '2024-01-25', figures: JSON.stringify({ '三.结转下年度.自然人': 1, '三.结转下年度.总计': 1 }) },
      ])
      .execute();
    report = await buildAnnualReport(db, AGENCY, 2024);
    dir = await mkdtemp(path.join(tmpdir(), 'gk-annual-'));
  });

  it('computes part 三 exactly as the hand-written table', () => {
    for (const row of PART3_ROWS) {
      const expected = EXPECTED_PART3[row] ?? [0, 0, 0, 0, 0, 0, 0];
      const computed = PART3_COLUMNS.map((column) => figure(report.computed.figures, part3Key(row, column)));
      expect(computed, row).toEqual(expected);
    }
  });

  it('computes parts 二 and 四 from the documents and the review and litigation columns', () => {
    for (const [key, value] of Object.entries({ ...EXPECTED_PART2, ...EXPECTED_PART4 })) {
      expect(figure(report.computed.figures, key), key).toBe(value);
    }
  });

  it('keeps every identity of the official table on the computed figures', () => {
    expect(report.computed.brokenIdentities).toEqual([]);
    expect(brokenIdentities(report.computed.figures)).toEqual([]);
    expect(report.computed.unclassified).toBe(0);
  });

  it('compares with the published report: the wrong figure, the identity it breaks, the carry-over', () => {
    expect(report.differences).toEqual([{ key: '三.本年新收.自然人', published: 4, computed: 3 }]);
    expect(report.published!.brokenIdentities.map((b) => b.identity)).toEqual([
      '自然人：本年新收 + 上年结转 = 总计 + 结转下年度',
      '本年新收：总计列 = 六类申请人之和',
    ]);
    expect(report.published!.carryover).toEqual([
      { column: '商业企业', carriedIn: 1, lastYearCarriedOut: 0 },
      { column: '总计', carriedIn: 2, lastYearCarriedOut: 1 },
    ]);
  });

  it('writes the xlsx in the official layout: figures, merged two-level heads, row labels, print set-up', async () => {
    const file = path.join(dir, 'annual.xlsx');
    await writeFile(file, await ANNUAL_REPORT_FORMATS.xlsx(report));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['二、主动公开', '三、依申请公开', '四、复议诉讼', '核对']);

    const part3 = workbook.getWorksheet('三、依申请公开')!;
    expect(part3.getCell('A1').value).toBe(`${NAME}2024年政府信息公开工作年度报告（表格部分）`);
    expect(part3.getCell('D3').value).toBe('申请人情况');
    expect(part3.getCell('D4').value).toBe('自然人');
    expect(part3.getCell('E4').value).toBe('法人或其他组织');
    expect(['E5', 'F5', 'G5', 'H5', 'I5'].map((a) => part3.getCell(a).value)).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    expect(part3.getCell('J4').value).toBe('总计');
    const merges = part3.model.merges;
    for (const range of ['A3:C5', 'D3:J3', 'D4:D5', 'E4:I4', 'J4:J5', 'A6:C6', 'A8:A29', 'B10:B17', 'B18:B20', 'B21:B25', 'B26:B28', 'B29:C29', 'A30:C30']) {
      expect(merges, range).toContain(range);
    }
    expect(part3.getCell('A6').value).toBe('一、本年新收政府信息公开申请数量');
    expect(part3.getCell('A8').value).toBe('三、本年度办理结果');
    expect(part3.getCell('B10').value).toBe('（三）不予公开');
    expect(part3.getCell('C10').value).toBe('1.属于国家秘密');
    expect(part3.getCell('B29').value).toBe('（七）总计');
    expect(part3.getCell('A30').value).toBe('四、结转下年度继续办理');
    // Row 6 is 本年新收, row 29 总计, row 30 结转下年度: columns D..J.
    const rowValues = (r: number) => ['D', 'E', 'F', 'G', 'H', 'I', 'J'].map((c) => part3.getCell(`${c}${r}`).value);
    expect(rowValues(6)).toEqual(EXPECTED_PART3.本年新收);
    expect(rowValues(7)).toEqual(EXPECTED_PART3.上年结转);
    expect(rowValues(8)).toEqual(EXPECTED_PART3.予以公开);
    expect(rowValues(10)).toEqual(EXPECTED_PART3['不予公开-属于国家秘密']);
    expect(rowValues(29)).toEqual(EXPECTED_PART3.总计);
    expect(rowValues(30)).toEqual(EXPECTED_PART3.结转下年度);
    expect(part3.pageSetup.orientation).toBe('landscape');
    expect(part3.pageSetup.paperSize).toBe(9);
    expect(part3.pageSetup.printTitlesRow).toBe('1:5');

    const part4 = workbook.getWorksheet('四、复议诉讼')!;
    for (const range of ['A3:E3', 'F3:O3', 'F4:J4', 'K4:O4', 'A4:A5']) expect(part4.model.merges, range).toContain(range);
    expect(part4.getCell('F4').value).toBe('未经复议直接起诉');
    // Row 6: 行政复议 (A..E), 未经复议 (F..J), 复议后 (K..O).
    const part4Row = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O'].map((c) => part4.getCell(`${c}6`).value);
    expect(part4Row).toEqual([0, 1, 0, 0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1]);

    const part2 = workbook.getWorksheet('二、主动公开')!;
    expect(part2.getCell('A5').value).toBe('规章');
    expect([part2.getCell('B6').value, part2.getCell('C6').value, part2.getCell('D6').value]).toEqual([1, 1, 2]);
    expect(part2.getCell('A16').value).toBe('行政事业性收费');
    // No ledger holds the fee amount: left empty, not 0.
    expect(part2.getCell('B16').value).toBeNull();
    expect(part2.model.merges).toContain('B16:D16');

    const checks = workbook.getWorksheet('核对')!;
    const texts: string[] = [];
    checks.eachRow((row) => texts.push(String(row.getCell(1).value)));
    expect(texts.join('\n')).toMatch(/已发布数据与台账计算数据有 1 项不一致/);
    expect(texts).toContain('三.本年新收.自然人');
  });

  it('writes a docx with the same tables, cell by cell', async () => {
    const file = path.join(dir, 'annual.docx');
    const bytes = await ANNUAL_REPORT_FORMATS.docx(report);
    expect(bytes.length).toBeGreaterThan(5000);
    await writeFile(file, bytes);
    const rows = await docxTableRows(file);
    const received = rows.find((r) => r[0] === '一、本年新收政府信息公开申请数量');
    expect(received).toEqual(['一、本年新收政府信息公开申请数量', ...EXPECTED_PART3.本年新收!.map(String)]);
    const head = rows.find((r) => r.includes('申请人情况'));
    expect(head).toBeDefined();
    // The third head row: the continuations of the cells merged down from above (the corner, 自然人 and
    // 总计) are empty cells of a vertical merge.
    expect(rows.find((r) => r.includes('商业企业'))).toEqual(['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']);
    expect(rows.some((r) => r.includes('未经复议直接起诉'))).toBe(true);
  });

  it('writes JSON with computed and published figures, differences and identity checks', async () => {
    const json = JSON.parse((await ANNUAL_REPORT_FORMATS.json(report)).toString('utf8'));
    expect(json.agency).toEqual({ code: AGENCY, name: NAME });
    expect(json.computed.figures['三.本年新收.总计']).toBe(9);
    expect(json.published.figures['三.本年新收.自然人']).toBe(4);
    expect(json.differences[0]).toEqual({ key: '三.本年新收.自然人', published: 4, computed: 3 });
    expect(json.published.brokenIdentities).toHaveLength(2);
    expect(json.notes.computedChecks).toEqual(['台账计算数据：各项勾稽关系均成立。']);
  });
});

