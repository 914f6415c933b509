// One source row to one staged ledger row, or to a rejected row with every reason found (a person fixing
// the rejects file wants them all at once). Reasons name the column as the file wrote it.
import type { SourceRow } from '../formats/table.ts';
import type { ColumnPlan } from '../headers/column-plan.ts';
import { RowProblem, type LedgerSpec, type RowContext, type StagedValues } from '../ledgers/ledger.ts';
import { displayText, isBlank, isEmptyCell, jsonText, MAX_CELL_CHARS } from '../values/cells.ts';
import { parseFigure } from '../values/numbers.ts';
import { ValueError } from '../values/value-error.ts';

export interface RejectReason {
  column: string;
  message: string;
}

export interface AcceptedRow {
  ok: true;
  row: number;
  values: StagedValues;
}

export interface RejectedRow {
  ok: false;
  row: number;
  /** The cells as the file had them, under the plan's column labels (then any cells past the header). */
  cells: string[];
  reasons: RejectReason[];
}

export const WHOLE_ROW = '（整行）';

/** The label of cells beyond the header row's last column. */
export const overflowLabel = (index: number) => `第${index + 1}列`;

export class RowConverter {
  private readonly labelOf = new Map<string, string>();
  private readonly hasFigures: boolean;

  constructor(
    readonly ledgerSpec: LedgerSpec,
    private readonly plan: ColumnPlan,
    private readonly context: RowContext,
  ) {
    this.hasFigures = ledgerSpec.figures && plan.columns.some((c) => c.role.role === 'figure');
    this.refreshLabels();
  }

  /** After the plan grew (a JSON key seen late). */
  refreshLabels(): void {
    for (const { label, role } of this.plan.columns) {
      if (role.role === 'field' && !this.labelOf.has(role.field.column)) this.labelOf.set(role.field.column, label);
    }
  }

  /** Synchronous unless the ledger completes rows asynchronously (annual reports read full-text files). */
  convert(source: SourceRow): AcceptedRow | RejectedRow | Promise<AcceptedRow | RejectedRow> {
    const { cells } = source;
    const reasons: RejectReason[] = [];
    if (source.problem) reasons.push({ column: WHOLE_ROW, message: source.problem });

    const values: StagedValues = {};
    let extra: Record<string, string> | null = null;
    let figures: Record<string, number> | null = null;
    const columns = this.plan.columns;
    const width = Math.max(columns.length, cells.length);
    for (let c = 0; c < width; c++) {
      const raw = cells[c];
      const column = columns[c];
      const role = column?.role ?? { role: 'extra' as const };
      try {
        if (role.role === 'field') values[role.field.column] = role.field.parse(raw);
        else if (role.role === 'figure') (figures ??= {})[role.key] = parseFigure(raw);
        else if (role.role === 'extra' && !isEmptyCell(raw)) {
          const text = displayText(raw).trim();
          if (text.length > MAX_CELL_CHARS) throw new ValueError(`内容过长（${text.length} 字符，上限 ${MAX_CELL_CHARS}）`);
          (extra ??= {})[column?.label ?? overflowLabel(c)] = text;
        }
      } catch (error) {
        if (!(error instanceof ValueError)) throw error;
        reasons.push({ column: column?.label ?? overflowLabel(c), message: error.message });
      }
    }
    for (const field of this.plan.present) {
      if (field.required && values[field.column] == null && !reasons.some((r) => r.column === this.labelOf.get(field.column))) {
        reasons.push({ column: this.labelOf.get(field.column)!, message: '必填项为空' });
      }
    }
    if (this.hasFigures) values.figures = jsonText(figures ?? {});
    values.extra = extra ? jsonText(extra) : '{}';

    if (reasons.length > 0) return this.rejected(source, width, reasons);
    let completion: string | Promise<string>;
    try {
      completion = this.ledgerSpec.complete(values, this.context);
    } catch (error) {
      return this.rejected(source, width, [this.problemReason(error)]);
    }
    if (typeof completion === 'string') return { ok: true, row: source.row, values };
    return completion.then(
      (): AcceptedRow => ({ ok: true, row: source.row, values }),
      (error) => this.rejected(source, width, [this.problemReason(error)]),
    );
  }

  private problemReason(error: unknown): RejectReason {
    if (error instanceof RowProblem) {
      const named = error.columns.map((c) => this.labelOf.get(c)).filter((l): l is string => !!l);
      return { column: named.join('/') || WHOLE_ROW, message: error.message };
    }
    if (error instanceof ValueError) return { column: this.labelOf.get('full_text') ?? WHOLE_ROW, message: error.message };
    throw error;
  }

  private rejected(source: SourceRow, width: number, reasons: RejectReason[]): RejectedRow {
    return { ok: false, row: source.row, cells: Array.from({ length: width }, (_, c) => displayText(source.cells[c])), reasons };
  }
}

/** Whether a row has nothing in it at all (such rows are not rows of the ledger). */
export function isBlankRow(source: SourceRow): boolean {
  return !source.problem && source.cells.every((c) => isBlank(c));
}
