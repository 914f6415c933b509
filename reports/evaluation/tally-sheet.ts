// 扣分计算: one row per unit, section and deduction — points each, times counted, points deducted (a live
// formula). The summary's item scores are formulas over these rows, so correcting a count here (after an
// appeal, say) updates every score and grade.
import type ExcelJS from 'exceljs';
import type { Appraisal } from '../appraisal/index.ts';
import type { DeductionScore, ItemScore } from '../appraisal/score.ts';
import { safeText } from '../tables/safe-text.ts';
import { fittingWidth } from '../tables/text-width.ts';
import { STYLE } from './sheet-setup.ts';

export const TALLY_FIRST_ROW = 3;
export const TALLY_COLUMNS = { unit: 'A', section: 'B', itemId: 'C', item: 'D', deduction: 'E', points: 'F', count: 'G', deducted: 'H' };

interface TallyLine {
  row: number;
  unit: string;
  section: string;
  item: ItemScore;
  deduction: DeductionScore;
}

export interface TallyPlan {
  lines: TallyLine[];
  /** Rows of one section's item: `${unit}|${sectionIndex}|${itemId}` → [first, last]; absent when nothing was deducted. */
  sectionItemRows: Map<string, [number, number]>;
  /** Rows of each unit (appraisal), in order; first > last when a unit has none. */
  unitRows: [number, number][];
}

export const sectionItemKey = (unit: number, section: number, item: string) => `${unit}|${section}|${item}`;

/** Where each tally row goes, worked out before any sheet is written (the summary, written first, refers to them). */
export function planTally(appraisals: Appraisal[]): TallyPlan {
  const plan: TallyPlan = { lines: [], sectionItemRows: new Map(), unitRows: [] };
  let row = TALLY_FIRST_ROW;
  appraisals.forEach((appraisal, unit) => {
    const unitFirst = row;
    appraisal.sections.forEach((section, s) => {
      for (const item of section.items) {
        const itemFirst = row;
        // Only what was deducted: a count can be corrected here, and a sheet of zeros hides the few that matter.
        for (const deduction of item.deductions.filter((d) => d.count > 0)) {
          plan.lines.push({ row: row++, unit: appraisal.agency.name, section: section.label, item, deduction });
        }
        if (row > itemFirst) plan.sectionItemRows.set(sectionItemKey(unit, s, item.id), [itemFirst, row - 1]);
      }
    });
    plan.unitRows.push([unitFirst, row - 1]);
  });
  return plan;
}

export function writeTallySheet(sheet: ExcelJS.Worksheet, plan: TallyPlan): void {
  const widths = [
    fittingWidth(plan.lines.map((l) => l.unit), 10, 40),
    fittingWidth(plan.lines.map((l) => l.section), 8, 30),
    fittingWidth(plan.lines.map((l) => l.item.id), 10, 24),
    fittingWidth(plan.lines.map((l) => l.item.name), 10, 24),
    fittingWidth(plan.lines.map((l) => l.deduction.name), 12, 50),
    10,
    8,
    10,
  ];
  sheet.columns = widths.map((width) => ({ width }));
  sheet.mergeCells(1, 1, 1, 8);
  const title = sheet.getRow(1);
  title.getCell(1).value = '扣分计算（修改“次数”后，评分汇总自动重算）';
  title.getCell(1).style = STYLE.title;
  title.height = 24;
  title.commit();
  const head = sheet.getRow(2);
  ['单位', '科室', '项目编号', '考核项目', '扣分事项', '每次扣分', '次数', '扣分'].forEach((h, i) => {
    head.getCell(i + 1).value = h;
    head.getCell(i + 1).style = STYLE.head;
  });
  head.commit();

  for (const line of plan.lines) {
    const row = sheet.getRow(line.row);
    const values: ExcelJS.CellValue[] = [
      safeText(line.unit),
      safeText(line.section),
      line.item.id,
      line.item.name,
      line.deduction.name,
      line.deduction.points,
      line.deduction.count,
      { formula: `F${line.row}*G${line.row}`, result: line.deduction.deducted },
    ];
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      cell.value = value;
      cell.style = i >= 5 ? STYLE.number : STYLE.text;
    });
    row.commit();
  }
  sheet.commit();
}
