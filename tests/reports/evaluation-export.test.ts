// The evaluation sheet (考核评分表) read back with ExcelJS: scores as live formulas with the right cached
// values, merged heads, print set-up, the deduction tally, one evidence row per finding behind a
// deduction, the scheme with its articles — and ledger text that looks like a formula stored as inert text.
import { beforeAll, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import type { KyselyPlugin } from 'kysely';
import JSZip from 'jszip';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeOnDatabases } from '../helpers/databases.ts';
import { addAgency, addFindings } from './fixtures.ts';
import { AGENCY, AGENCY_NAME, EXPECTED_2024, INJECTION, seedAppraisalScenario } from './appraisal-scenario.ts';
import { exportEvaluation } from '../../reports/evaluation/index.ts';
import { LINE_HEIGHT, wrappedLines } from '../../reports/tables/text-width.ts';

const HOSTILE_AGENCY = 'INJ';
const HOSTILE_SECTION = '@SUM(1,2)';

async function read(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** A sheet's XML found by its tab name (workbook.xml, then its relationship): file names follow no tab order. */
async function sheetXml(zip: JSZip, name: string): Promise<string> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rId = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(workbook)![1];
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const target = new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  return zip.file(`xl/${target}`)!.async('string');
}

function rowsOf(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row) => rows.push(row));
  return rows;
}

/** A real failure midway: every evidence fetch after the first few is refused before it reaches the database. */
function fetchesFailAfter(allowed: number): KyselyPlugin {
  let fetches = 0;
  return {
    transformQuery({ node }) {
      if (node.kind === 'RawNode' && node.sqlFragments.join('').includes('fetch forward') && ++fetches > allowed) {
        throw new Error('测试：读取中断');
      }
      return node;
    },
    transformResult: async ({ result }) => result,
  };
}

describeOnDatabases('evaluation sheet export', (use) => {
  let dir: string;
  let single: ExcelJS.Workbook;
  let all: ExcelJS.Workbook;
  let evidenceRows: number;
  let summaryXml: string;

  beforeAll(async () => {
    const { db } = use();
    await seedAppraisalScenario(db);
    await addAgency(db, HOSTILE_AGENCY, '+区应急管理局');
    await addFindings(db, HOSTILE_AGENCY, [
      { rule: 'doc/proactive-late', subject: '-1', section: HOSTILE_SECTION, due: '2024-05-05', title: INJECTION, note: '=1+1' },
      // 办 (U+529E) sorts before 安 (U+5B89) by code point, after it in a Chinese list (bàn, ān).
      { rule: 'doc/proactive-late', subject: 'B1', section: '办公室', due: '2024-06-05' },
      { rule: 'doc/proactive-late', subject: 'A1', section: '安全科', due: '2024-06-06' },
    ]);
    dir = await mkdtemp(path.join(tmpdir(), 'gk-evaluation-'));
    const result = await exportEvaluation(db, { year: 2024, agency: AGENCY, output: { file: path.join(dir, 'one.xlsx') }, exportedOn: '2025-02-01', batchSize: 4 });
    evidenceRows = result.evidenceRows;
    await exportEvaluation(db, { year: 2024, output: { file: path.join(dir, 'all.xlsx') }, exportedOn: '2025-02-01' });
    single = await read(path.join(dir, 'one.xlsx'));
    const zip = await JSZip.loadAsync(await readFile(path.join(dir, 'one.xlsx')));
    summaryXml = await sheetXml(zip, '评分汇总');
    all = await read(path.join(dir, 'all.xlsx'));
  });

  it('has the four sheets, printable: A4 landscape, repeated heads, frozen panes', () => {
    expect(single.worksheets.map((s) => s.name)).toEqual(['评分汇总', '扣分计算', '问题清单', '评分标准']);
    const expectations: Record<string, string> = { 评分汇总: '1:4', 扣分计算: '1:2', 问题清单: '1:2', 评分标准: '1:2' };
    for (const sheet of single.worksheets) {
      expect(sheet.pageSetup.orientation, sheet.name).toBe('landscape');
      expect(sheet.pageSetup.paperSize, sheet.name).toBe(9);
      expect(sheet.pageSetup.fitToWidth, sheet.name).toBe(1);
      expect(sheet.pageSetup.printTitlesRow, sheet.name).toBe(expectations[sheet.name]);
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: Number(expectations[sheet.name]!.split(':')[1]) });
    }
  });

  it('scores every section with live formulas whose cached values are the computed scores', () => {
    const summary = single.getWorksheet('评分汇总')!;
    expect(summary.getCell('A1').value).toBe(`${AGENCY_NAME}2024年度政务公开工作考核评分表`);
    expect(['D3', 'E3', 'F3', 'G3', 'H3', 'I3', 'J3'].map((a) => summary.getCell(a).value)).toEqual([
      '主动公开', '年度报告', '依申请公开', '保密审查', '栏目更新', '合计', '等级',
    ]);
    expect(['D4', 'E4', 'F4', 'G4', 'H4', 'I4'].map((a) => summary.getCell(a).value)).toEqual([30, 10, 30, 20, 10, 100]);
    for (const range of ['A1:L1', 'A3:A4', 'B3:B4', 'J3:J4', 'L3:L4']) expect(summary.model.merges).toContain(range);

    const byLabel = new Map(rowsOf(summary).map((r) => [String(r.getCell(3).value), r]));
    for (const [label, expected] of Object.entries(EXPECTED_2024)) {
      const row = byLabel.get(label === 'agency' ? '全机关合计' : label)!;
      expect(row, label).toBeDefined();
      const items = [4, 5, 6, 7, 8].map((c) => row.getCell(c).value as ExcelJS.CellFormulaValue);
      for (const cell of items) expect(cell.formula).toMatch(/^MAX\(0,[D-H]\$4-MIN\(\d+,/);
      // ExcelJS's reader drops a cached result of 0 (the file holds <v>0</v>: checked below).
      expect(items.map((c) => c.result ?? 0), label).toEqual(expected.items);
      const total = row.getCell(9).value as ExcelJS.CellFormulaValue;
      expect(total.formula).toBe(`SUM(D${row.number}:H${row.number})`);
      expect(total.result).toBe(expected.total);
      const grade = row.getCell(10).value as ExcelJS.CellFormulaValue;
      expect(grade.formula).toBe(`IF(I${row.number}>=90,"优秀",IF(I${row.number}>=70,"合格","不合格"))`);
      expect(grade.result).toBe(expected.grade);
    }
    // A section reads its own tally rows; the agency row sums its unit's block by item.
    expect((byLabel.get('办公室')!.getCell(4).value as ExcelJS.CellFormulaValue).formula).toMatch(/SUM\('扣分计算'!\$H\$\d+:\$H\$\d+\)/);
    expect((byLabel.get('全机关合计')!.getCell(4).value as ExcelJS.CellFormulaValue).formula).toMatch(
      /SUMPRODUCT\(\('扣分计算'!\$C\$\d+:\$C\$\d+="proactive"\)\*'扣分计算'!\$H\$\d+:\$H\$\d+\)/,
    );
    const zero = byLabel.get('执法科')!.getCell(4).address;
    expect(summaryXml).toMatch(new RegExp(`<c r="${zero}"[^>]*><f>[^<]+</f><v>0</v></c>`));
    // Last year and the change: 办公室 92 → 84.
    const office = byLabel.get('办公室')!;
    expect(office.getCell(11).value).toBe(92);
    expect(office.getCell(12).value).toMatchObject({ formula: `I${office.number}-K${office.number}`, result: -8 });
  });

  it('tallies what was deducted, points × count as a formula the summary reads', () => {
    const tally = single.getWorksheet('扣分计算')!;
    const lines = rowsOf(tally)
      .filter((r) => r.number >= 3)
      .map((r) => [r.getCell(2).value, r.getCell(3).value, r.getCell(6).value, r.getCell(7).value, (r.getCell(8).value as ExcelJS.CellFormulaValue).result]);
    expect(lines).toEqual([
      ['办公室', 'proactive', 5, 2, 10],
      ['办公室', 'confidentiality', 6, 1, 6],
      ['执法科', 'proactive', 5, 7, 35],
      ['执法科', 'requests', 6, 1, 6],
      ['执法科', 'requests', 3, 2, 6],
      ['（机关整体）', 'annual-report', 5, 1, 5],
      ['（机关整体）', 'columns', 2, 1, 2],
    ]);
    expect((tally.getCell('H3').value as ExcelJS.CellFormulaValue).formula).toBe('F3*G3');
  });

  it('lists every finding and ledger fact behind a deduction, each ledger item counted once', () => {
    const evidence = single.getWorksheet('问题清单')!;
    const head = evidence.getRow(2).values as ExcelJS.CellValue[];
    expect(head.slice(1)).toEqual(['序号', '科室', '扣分事项', '计扣分', '规则', '规则编号', '台账编号', '标题', '应办日期', '实际日期', '逾期工作日', '状态', '说明', '问题编号']);
    const rows = rowsOf(evidence).filter((r) => r.number >= 3);
    // 办公室: D1 ×2, D2, D7; 执法科: E1–E7, R1 ×2, two ledger facts; agency-wide: 2 → 17 rows.
    expect(rows).toHaveLength(17);
    expect(evidenceRows).toBe(17);
    const d1 = rows.filter((r) => r.getCell(7).value === 'D1');
    expect(d1.map((r) => [r.getCell(6).value, r.getCell(4).value])).toEqual([
      ['doc/submission-late', 5],
      ['doc/proactive-late', 0],
    ]);
    expect(d1[1]!.getCell(13).value).toBe('同一事项已计扣分');
    const explained = rows.find((r) => r.getCell(7).value === 'D2')!;
    expect([explained.getCell(9).value, explained.getCell(10).value, explained.getCell(11).value, explained.getCell(12).value]).toEqual([
      '2024-04-01', '2024-04-01', 3, '已说明',
    ]);
    expect(explained.getCell(13).value).toBe('系统故障，已说明');
    const lost = rows.filter((r) => r.getCell(6).value === '（台账）');
    expect(lost.map((r) => [r.getCell(2).value, r.getCell(5).value, r.getCell(7).value])).toEqual([
      ['执法科', '行政复议结果为纠正', 'R1'],
      ['执法科', '行政诉讼结果为纠正', 'R1'],
    ]);
    // Waived, rectified, resolved, last year's and unscored findings are not evidence.
    for (const subject of ['D3', 'D4', 'D5', 'D6', 'D8']) expect(rows.some((r) => r.getCell(7).value === subject), subject).toBe(false);
  });

  it('lists the evidence section by section in the order the summary lists the sections', () => {
    const unitSections = (sheet: ExcelJS.Worksheet, unitColumn: number, sectionColumn: number, firstRow: number) =>
      rowsOf(sheet)
        .filter((r) => r.number >= firstRow && String(r.getCell(unitColumn).value).includes('+区'))
        .map((r) => String(r.getCell(sectionColumn).value))
        .filter((section, i, all) => all.indexOf(section) === i);
    const listed = unitSections(all.getWorksheet('问题清单')!, 2, 3, 3);
    expect(listed).toEqual([`'${HOSTILE_SECTION}`, '安全科', '办公室']);
    expect(unitSections(all.getWorksheet('评分汇总')!, 2, 3, 5)).toEqual([...listed, '全机关合计']);
  });

  it('leaves neither a partial workbook nor a damaged earlier one when the export fails midway', async () => {
    const file = path.join(dir, 'failed.xlsx');
    await writeFile(file, '上一次的评分表');
    const failing = use().db.withPlugin(fetchesFailAfter(2));
    await expect(exportEvaluation(failing, { year: 2024, agency: AGENCY, output: { file }, batchSize: 4 })).rejects.toThrow('测试：读取中断');
    expect(await readFile(file, 'utf8')).toBe('上一次的评分表');
    expect((await readdir(dir)).filter((f) => f.includes('failed'))).toEqual(['failed.xlsx']);
    // The database is left usable: the next export succeeds.
    await exportEvaluation(use().db, { year: 2024, agency: AGENCY, output: { file } });
    expect((await read(file)).worksheets).toHaveLength(4);
  });

  it('cites the articles of every rule in the scheme sheet', () => {
    const scheme = single.getWorksheet('评分标准')!;
    const rows = rowsOf(scheme);
    const proactive = rows.find((r) => r.getCell(7).value === 'doc/proactive-late')!;
    expect(proactive.getCell(1).value).toBe('主动公开');
    expect(String(proactive.getCell(9).value)).toContain('条例第二十六条');
    expect(rows.some((r) => r.getCell(7).value === '台账：review-litigation-lost')).toBe(true);
    expect(rows.some((r) => String(r.getCell(1).value).startsWith('本评分标准未计分的规则：') && String(r.getCell(1).value).includes('doc/index-number-missing'))).toBe(true);
    expect(scheme.model.merges.some((m) => m.startsWith('A3:'))).toBe(true);
  });

  it('gives every scheme row and every merged standard the height of its wrapped text', () => {
    const scheme = single.getWorksheet('评分标准')!;
    const widths = scheme.columns.map((c) => c.width!);
    const needs = (text: unknown, width: number) => wrappedLines(String(text ?? ''), width) * LINE_HEIGHT;
    const body = rowsOf(scheme).filter((r) => r.number >= 3 && r.getCell(7).value && !r.getCell(7).isMerged);
    expect(body.length).toBeGreaterThan(10);
    for (const row of body) {
      for (const c of [4, 7, 8, 9]) expect(row.height, `row ${row.number} column ${c}`).toBeGreaterThanOrEqual(needs(row.getCell(c).value, widths[c - 1]!));
    }
    // A standard merged down its item's rows fits in the sum of their heights.
    for (const merge of scheme.model.merges.filter((m) => m.startsWith('C'))) {
      const [first, last] = merge.split(':').map((a) => Number(a.slice(1))) as [number, number];
      let height = 0;
      for (let r = first; r <= last; r++) height += scheme.getRow(r).height;
      expect(height, merge).toBeGreaterThanOrEqual(needs(scheme.getCell(`C${first}`).value, widths[2]!));
    }
    const unscored = rowsOf(scheme).find((r) => String(r.getCell(1).value).startsWith('本评分标准未计分的规则：'))!;
    expect(unscored.height).toBeGreaterThanOrEqual(needs(unscored.getCell(1).value, widths.reduce((a, b) => a + b, 0)));
  });

  it('stores ledger text that looks like a formula as inert text in every sheet', () => {
    const summary = all.getWorksheet('评分汇总')!;
    const hostileRow = rowsOf(summary).find((r) => r.getCell(3).value === `'${HOSTILE_SECTION}`)!;
    expect(hostileRow).toBeDefined();
    expect(hostileRow.getCell(2).value).toBe("'+区应急管理局");
    expect(hostileRow.getCell(2).type).toBe(ExcelJS.ValueType.String);
    const tally = all.getWorksheet('扣分计算')!;
    expect(rowsOf(tally).some((r) => r.getCell(2).value === `'${HOSTILE_SECTION}`)).toBe(true);

    const evidence = all.getWorksheet('问题清单')!;
    const titles = rowsOf(evidence).map((r) => r.getCell(9)).filter((c) => String(c.value).includes('HYPERLINK'));
    // D2 of the first agency and the hostile agency's document.
    expect(titles).toHaveLength(2);
    for (const cell of titles) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(`'${INJECTION}`);
    }
    const hostile = rowsOf(evidence).find((r) => r.getCell(8).value === "'-1")!;
    expect(hostile.getCell(14).value).toBe("'=1+1");

    // No formula anywhere carries ledger text.
    for (const workbook of [single, all]) {
      for (const sheet of workbook.worksheets) {
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.type === ExcelJS.ValueType.Formula) expect(cell.formula, `${sheet.name}!${cell.address}`).not.toMatch(/HYPERLINK|SUM\(1,2\)|1\+1/);
          }),
        );
      }
    }
  });
});
