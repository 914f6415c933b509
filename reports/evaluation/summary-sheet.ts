// 评分汇总: one row per section and one per unit, one column per scoring item. Item scores, totals, grades
// and the change from last year are live formulas over the 扣分计算 sheet (with the computed values
// cached, so a viewer that does not recalculate still shows them).
import type ExcelJS from 'exceljs';
import type { Appraisal } from '../appraisal/index.ts';
import type { AppraisalScheme } from '../appraisal/scheme.ts';
import { STATUS_ZH } from '../appraisal/scheme.ts';
import { describePeriod, type AppraisalPeriod } from '../appraisal/period.ts';
import type { Score } from '../appraisal/score.ts';
import { safeText } from '../tables/safe-text.ts';
import { fittingWidth } from '../tables/text-width.ts';
import { SHEETS, STYLE, columnLetter, formulaText, sheetRange } from './sheet-setup.ts';
import { TALLY_COLUMNS, sectionItemKey, type TallyPlan } from './tally-sheet.ts';

const HEAD_ROWS = 4;
const FIRST_ITEM_COLUMN = 4; // after 序号, 单位, 科室

export interface SummaryContext {
  year: number;
  period: AppraisalPeriod;
  scheme: AppraisalScheme;
  exportedOn: string;
}

function gradeFormula(scheme: AppraisalScheme, totalCell: string): string {
  // Highest grade first; the lowest is the fall-through.
  const grades = scheme.grades;
  let formula = formulaText(grades.at(-1)!.name);
  for (const grade of [...grades.slice(0, -1)].reverse()) {
    formula = `IF(${totalCell}>=${grade.min},${formulaText(grade.name)},${formula})`;
  }
  return formula;
}

export const SUMMARY_HEAD_ROWS = HEAD_ROWS;

export function writeSummarySheet(
  sheet: ExcelJS.Worksheet,
  appraisals: Appraisal[],
  plan: TallyPlan,
  context: SummaryContext,
): void {
  const { scheme } = context;
  const items = scheme.items;
  const totalColumn = FIRST_ITEM_COLUMN + items.length;
  const [gradeColumn, previousColumn, changeColumn] = [totalColumn + 1, totalColumn + 2, totalColumn + 3];
  const columns = changeColumn;
  const unitWidth = fittingWidth(appraisals.map((a) => a.agency.name), 10, 40);
  const sectionWidth = fittingWidth([...appraisals.flatMap((a) => a.sections.map((s) => s.label)), '全机关合计'], 10, 30);
  const itemWidths = items.map((i) => fittingWidth([i.name], 9, 16));
  sheet.columns = [6, unitWidth, sectionWidth, ...itemWidths, 9, 9, 10, 8].map((width) => ({ width }));

  const unitName = appraisals.length === 1 ? appraisals[0]!.agency.name : '';
  sheet.mergeCells(1, 1, 1, columns);
  const title = sheet.getRow(1);
  title.getCell(1).value = safeText(`${unitName}${context.year}年度政务公开工作考核评分表`);
  title.getCell(1).style = STYLE.title;
  title.height = 28;
  title.commit();

  sheet.mergeCells(2, 1, 2, columns);
  const subtitle = sheet.getRow(2);
  const statuses = scheme.countStatuses.map((s) => STATUS_ZH[s]).join('、');
  subtitle.getCell(1).value =
    `考核期间：${describePeriod(context.period)}　评分标准：${scheme.name}（第 ${scheme.version} 版）` +
    `　计分的问题状态：${statuses}　导出日期：${context.exportedOn}`;
  subtitle.getCell(1).style = STYLE.subtitle;
  subtitle.height = 30;
  subtitle.commit();

  const head = sheet.getRow(3);
  const maxima = sheet.getRow(4);
  const heads = ['序号', '单位', '科室', ...items.map((i) => i.name), '合计', '等级', '上年合计', '增减'];
  heads.forEach((h, i) => {
    head.getCell(i + 1).value = h;
    head.getCell(i + 1).style = STYLE.head;
  });
  const maxRow: ExcelJS.CellValue[] = ['', '', '满分', ...items.map((i) => i.max), scheme.items.reduce((a, i) => a + i.max, 0), '', '', ''];
  maxRow.forEach((v, i) => {
    maxima.getCell(i + 1).value = v;
    maxima.getCell(i + 1).style = STYLE.head;
  });
  // 序号, 单位 and 等级/上年/增减 span both head rows.
  for (const c of [1, 2, gradeColumn, previousColumn, changeColumn]) sheet.mergeCells(3, c, 4, c);
  head.commit();
  maxima.commit();

  let r = HEAD_ROWS + 1;
  let serial = 1;
  const writeRow = (label: { unit: string; section: string }, score: Score, previous: number | null, itemDeduction: (itemId: string) => string, isTotal: boolean) => {
    const row = sheet.getRow(r);
    const style = isTotal ? STYLE.total : STYLE.number;
    const set = (column: number, value: ExcelJS.CellValue, cellStyle: Partial<ExcelJS.Style> = style) => {
      row.getCell(column).value = value;
      row.getCell(column).style = cellStyle;
    };
    set(1, isTotal ? '' : serial++);
    set(2, safeText(label.unit), isTotal ? STYLE.total : STYLE.text);
    set(3, safeText(label.section), isTotal ? STYLE.total : STYLE.text);
    items.forEach((item, i) => {
      const column = columnLetter(FIRST_ITEM_COLUMN + i);
      const cap = item.cap ?? item.max;
      set(FIRST_ITEM_COLUMN + i, {
        formula: `MAX(0,${column}$4-MIN(${cap},${itemDeduction(item.id)}))`,
        result: score.items[i]!.score,
      });
    });
    const first = columnLetter(FIRST_ITEM_COLUMN);
    const last = columnLetter(totalColumn - 1);
    const total = `${columnLetter(totalColumn)}${r}`;
    set(totalColumn, { formula: `SUM(${first}${r}:${last}${r})`, result: score.total });
    set(gradeColumn, { formula: gradeFormula(scheme, total), result: score.grade });
    set(previousColumn, previous);
    set(
      changeColumn,
      previous === null ? null : { formula: `${total}-${columnLetter(previousColumn)}${r}`, result: Math.round((score.total - previous) * 100) / 100 },
    );
    row.commit();
    r++;
  };

  appraisals.forEach((appraisal, unit) => {
    const previousBySection = new Map(appraisal.comparison?.sections.map((c) => [c.section, c.previousTotal]) ?? []);
    appraisal.sections.forEach((section, s) =>
      writeRow(
        { unit: appraisal.agency.name, section: section.label },
        section,
        appraisal.comparison ? (previousBySection.get(section.section) ?? null) : null,
        (itemId) => {
          const rows = plan.sectionItemRows.get(sectionItemKey(unit, s, itemId));
          return rows ? `SUM(${sheetRange(SHEETS.tally, TALLY_COLUMNS.deducted, rows[0], rows[1])})` : '0';
        },
        false,
      ),
    );
    const [a, b] = plan.unitRows[unit]!;
    writeRow(
      { unit: appraisal.agency.name, section: '全机关合计' },
      appraisal.agencyScore,
      appraisal.comparison?.agency.previousTotal ?? null,
      (itemId) =>
        a > b
          ? '0'
          : `SUMPRODUCT((${sheetRange(SHEETS.tally, TALLY_COLUMNS.itemId, a, b)}=${formulaText(itemId)})*${sheetRange(SHEETS.tally, TALLY_COLUMNS.deducted, a, b)})`,
      true,
    );
  });

  r++;
  const notes = [
    '说明：各项得分 = 满分 − 扣分，扣完为止；扣分明细见“扣分计算”表，每一条扣分依据见“问题清单”表，评分标准及所依据条款见“评分标准”表。',
    '“全机关合计”按本单位全部问题计算（含未落实到科室的年度报告、网站栏目等问题），每项同样扣完为止，故不等于各科室得分之和。',
    '“上年合计”为同一评分标准下上一年同期的得分。',
  ];
  for (const note of notes) {
    sheet.mergeCells(r, 1, r, columns);
    const row = sheet.getRow(r);
    row.getCell(1).value = note;
    row.getCell(1).style = STYLE.subtitle;
    row.height = 28;
    row.commit();
    r++;
  }
  sheet.commit();
}
