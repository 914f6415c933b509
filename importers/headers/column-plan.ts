// From a file's header row to the ledger's columns: each header is a field (by canonical name, synonym or
// the mapping file), a figure of the annual report, or an extra column kept in the row's provenance.
import type { LedgerSpec } from '../ledgers/ledger.ts';
import type { FieldSpec } from '../ledgers/field.ts';
import type { HeaderMapping } from './mapping-file.ts';
import { figureKey, headerKey, headerLabel } from './normalise.ts';

export type ColumnRole =
  | { role: 'field'; field: FieldSpec }
  | { role: 'figure'; key: string }
  | { role: 'extra' }
  | { role: 'ignore' };

/** Our own column in a rejects file: left out when the fixed file comes back. */
export const REJECT_REASON_HEADER = '错误原因';

export class HeaderResolver {
  private readonly byKey = new Map<string, FieldSpec>();

  constructor(
    readonly ledger: LedgerSpec,
    private readonly mapping: HeaderMapping = new Map(),
  ) {
    for (const field of ledger.fields) {
      for (const name of [field.chinese, field.english, field.column, ...field.aliases]) {
        const key = headerKey(name);
        const previous = this.byKey.get(key);
        if (previous && previous !== field) {
          throw new Error(`${ledger.kind}: header "${name}" names both ${previous.column} and ${field.column}`);
        }
        this.byKey.set(key, field);
      }
    }
  }

  resolve(header: string): ColumnRole {
    const key = headerKey(header);
    if (key === '') return { role: 'extra' };
    const mapped = this.mapping.get(key);
    if (mapped === 'ignore') return { role: 'ignore' };
    if (mapped && 'figure' in mapped) return { role: 'figure', key: mapped.figure };
    if (mapped) return { role: 'field', field: mapped };
    const field = this.byKey.get(key);
    if (field) return { role: 'field', field };
    if (this.ledger.figures) {
      const figure = figureKey(header);
      if (figure) return { role: 'figure', key: figure };
    }
    if (key === headerKey(REJECT_REASON_HEADER)) return { role: 'ignore' };
    return { role: 'extra' };
  }
}

export interface PlannedColumn {
  /** The header as written (one line), for messages, provenance and the rejects file. */
  label: string;
  role: ColumnRole;
}

export interface ColumnPlan {
  columns: PlannedColumn[];
  /** Ledger columns the file has, in ledger order. */
  present: FieldSpec[];
  /** Required groups the file lacks (each a list of alternatives). */
  missing: FieldSpec[][];
  /** Headers that named a field already taken by an earlier column (kept as extra). */
  shadowed: string[];
}

export function planColumns(resolver: HeaderResolver, headers: readonly string[]): ColumnPlan {
  const plan: ColumnPlan = { columns: [], present: [], missing: [], shadowed: [] };
  extendPlan(resolver, plan, headers);
  return plan;
}

/** Adds the headers past the plan's columns (a JSON key first seen in a later record). */
export function extendPlan(resolver: HeaderResolver, plan: ColumnPlan, headers: readonly string[]): void {
  const taken = new Set(plan.present.map((f) => f.column));
  const shadowed = plan.shadowed;
  const seenLabels = new Map<string, number>();
  for (const { label } of plan.columns) seenLabels.set(label, (seenLabels.get(label) ?? 0) + 1);
  const added = headers.slice(plan.columns.length).map((raw, offset): PlannedColumn => {
    const index = plan.columns.length + offset;
    let label = headerLabel(raw) || `第${index + 1}列`;
    // Two columns with one header would collide in provenance and the rejects file.
    const times = (seenLabels.get(label) ?? 0) + 1;
    seenLabels.set(label, times);
    if (times > 1) label = `${label}(${times})`;
    const role = resolver.resolve(raw);
    if (role.role === 'field') {
      if (taken.has(role.field.column)) {
        shadowed.push(label);
        return { label, role: { role: 'extra' } };
      }
      taken.add(role.field.column);
    }
    return { label, role };
  });
  plan.columns.push(...added);
  const fields = resolver.ledger.fields;
  plan.present = fields.filter((f) => taken.has(f.column));
  plan.missing = resolver.ledger.requiredColumns
    .filter((group) => !group.some((column) => taken.has(column)))
    .map((group) => group.map((column) => fields.find((f) => f.column === column)!));
}

/** How well a candidate header row fits: required groups found, then fields recognised. */
export function headerScore(resolver: HeaderResolver, headers: readonly string[]): { complete: boolean; found: number; fields: number } {
  const plan = planColumns(resolver, headers);
  const groups = resolver.ledger.requiredColumns.length;
  return { complete: plan.missing.length === 0, found: groups - plan.missing.length, fields: plan.present.length };
}

/** 「科室」(section), or 「记录编号」或「文号」(record_key / doc_no). */
export function describeMissing(missing: FieldSpec[][]): { chinese: string; english: string } {
  return {
    chinese: missing.map((group) => group.map((f) => `「${f.chinese}」`).join('或')).join('、'),
    english: missing.map((group) => group.map((f) => f.english).join(' / ')).join(', '),
  };
}
