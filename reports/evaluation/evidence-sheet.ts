// 问题清单: every finding (or ledger fact) behind every deduction, written row by row as batches arrive
// from the database cursor and committed at once, so the sheet never holds more than one batch.
// Every text that comes from a ledger goes through safeText.
import type ExcelJS from 'exceljs';
import type { EvidenceRow } from '../appraisal/evidence.ts';
import type { AppraisalScheme } from '../appraisal/scheme.ts';
import { STATUS_ZH } from '../appraisal/scheme.ts';
import { AGENCY_WIDE } from '../appraisal/index.ts';
import { RULES } from '../../rules/index.ts';
import { safeText } from '../tables/safe-text.ts';
import { LINE_HEIGHT, wrappedLines } from '../tables/text-width.ts';
import { STYLE } from './sheet-setup.ts';
import { ZipPacer } from './zip-pacing.ts';

export const EVIDENCE_HEAD_ROWS = 2;

// A row's own style (none here) shared by every row: ExcelJS gives each new row a fresh empty style object,
// and a style object it has not seen is rendered to XML and looked up again, once per row.
const NO_ROW_STYLE: Partial<ExcelJS.Style> = Object.freeze({});

type Cell = string | number | null;
interface Column {
  head: string;
  width: number;
  /** Centred (numbers, dates, short codes) rather than wrapped text. */
  centred?: boolean;
  value: (e: EvidenceRow, context: RowContext) => Cell;
}
interface RowContext {
  serial: number;
  unit: string;
  deductionName: string;
}

const UNIT_COLUMN: Column = { head: '单位', width: 16, value: (_, c) => c.unit };
const COLUMNS: Column[] = [
  { head: '序号', width: 6, centred: true, value: (_, c) => c.serial },
  { head: '科室', width: 10, value: (e) => safeText(e.section ?? AGENCY_WIDE) },
  { head: '扣分事项', width: 18, value: (_, c) => c.deductionName },
  { head: '计扣分', width: 5.5, centred: true, value: (e) => (e.counts ? e.points : 0) },
  { head: '规则', width: 18, value: (e) => (e.rule ? (RULES[e.rule]?.meta.title.zh ?? e.rule) : safeText(e.fact)) },
  { head: '规则编号', width: 17, value: (e) => e.rule ?? '（台账）' },
  { head: '台账编号', width: 15, value: (e) => safeText(e.subject) },
  { head: '标题', width: 28, value: (e) => safeText(e.title) },
  { head: '应办日期', width: 10.5, centred: true, value: (e) => e.due },
  { head: '实际日期', width: 10.5, centred: true, value: (e) => e.actual },
  { head: '逾期工作日', width: 6, centred: true, value: (e) => e.late_workdays },
  { head: '状态', width: 6.5, centred: true, value: (e) => (e.status ? (STATUS_ZH[e.status as keyof typeof STATUS_ZH] ?? e.status) : null) },
  {
    head: '说明',
    width: 14,
    value: (e) => safeText(e.counts ? e.status_note : [e.status_note, '同一事项已计扣分'].filter(Boolean).join('；')),
  },
  { head: '问题编号', width: 7, centred: true, value: (e) => e.finding_id },
];

export function evidenceColumns(withUnit: boolean): Column[] {
  return withUnit ? [COLUMNS[0]!, UNIT_COLUMN, ...COLUMNS.slice(1)] : COLUMNS;
}

export class EvidenceSheetWriter {
  private nextRow = EVIDENCE_HEAD_ROWS + 1;
  private readonly deductionNames: Map<string, string>;
  private readonly columns: Column[];
  private readonly pacer: ZipPacer;
  /** One context, updated per row: 100k rows allocate no context objects. */
  private readonly context: RowContext = { serial: 0, unit: '', deductionName: '' };

  constructor(
    private readonly sheet: ExcelJS.Worksheet,
    scheme: AppraisalScheme,
    options: { title: string; withUnit: boolean },
  ) {
    this.columns = evidenceColumns(options.withUnit);
    this.pacer = new ZipPacer(sheet);
    this.deductionNames = new Map(scheme.items.flatMap((i) => i.deductions.map((d) => [d.id, d.name] as const)));
    sheet.columns = this.columns.map((c) => ({ width: c.width }));
    sheet.mergeCells(1, 1, 1, this.columns.length);
    const titleRow = sheet.getRow(1);
    titleRow.getCell(1).value = safeText(options.title);
    titleRow.getCell(1).style = STYLE.title;
    titleRow.height = 24;
    titleRow.commit();
    const head = sheet.getRow(2);
    this.columns.forEach((c, i) => {
      head.getCell(i + 1).value = c.head;
      head.getCell(i + 1).style = STYLE.head;
    });
    head.height = 2 * LINE_HEIGHT + 2;
    head.commit();
  }

  get rowsWritten(): number {
    return this.nextRow - EVIDENCE_HEAD_ROWS - 1;
  }

  /** Writes and commits the rows; resolves when the zip has kept up with them (see ZipPacer). */
  async append(unit: string, rows: EvidenceRow[]): Promise<void> {
    const context = this.context;
    context.unit = safeText(unit);
    const columns = this.columns;
    for (const e of rows) {
      const row = this.sheet.getRow(this.nextRow);
      (row as ExcelJS.Row & { style: Partial<ExcelJS.Style> }).style = NO_ROW_STYLE;
      context.serial = this.nextRow - EVIDENCE_HEAD_ROWS;
      context.deductionName = this.deductionNames.get(e.deduction) ?? e.deduction;
      let lines = 1;
      for (let i = 0; i < columns.length; i++) {
        const column = columns[i]!;
        const value = column.value(e, context);
        const cell = row.getCell(i + 1);
        cell.value = value;
        // Shared style objects: ExcelJS resolves a style it has seen by reference, so bordered cells (the
        // grid a printed list needs) cost little even at 100k rows.
        cell.style = column.centred ? STYLE.number : STYLE.text;
        if (!column.centred && typeof value === 'string') lines = Math.max(lines, wrappedLines(value, column.width));
      }
      // LibreOffice and WPS size no streamed row to its wrapped text; the estimate keeps every line visible.
      if (lines > 1) row.height = lines * LINE_HEIGHT + 2;
      row.commit();
      this.nextRow++;
      const turn = this.pacer.rowWritten();
      if (turn) await turn;
    }
  }

  close(): void {
    if (this.rowsWritten === 0) {
      const row = this.sheet.getRow(this.nextRow);
      row.getCell(1).value = '本期间没有计入扣分的问题。';
      row.commit();
    }
    this.sheet.commit();
  }
}
