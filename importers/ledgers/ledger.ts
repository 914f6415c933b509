// What the importer needs to know about one ledger: its table and key, its columns, which columns a file
// must have, and how a row's key and derived columns are completed.
import type { FieldSpec, SqlType } from './field.ts';

export type LedgerKind = 'documents' | 'requests' | 'publications' | 'annual-reports';

/** Staged text of one row, by ledger column. */
export type StagedValues = Record<string, string | null>;

/** A problem with a row that is not one cell's value (a missing key): the columns it concerns. */
export class RowProblem extends Error {
  constructor(
    readonly columns: string[],
    message: string,
  ) {
    super(message);
    this.name = 'RowProblem';
  }
}

export interface RowContext {
  /** The folder of the ledger file (annual reports name their full-text files relative to it). */
  directory: string;
}

export interface LedgerSpec {
  kind: LedgerKind;
  /** The ledger's table. */
  table: 'document' | 'request' | 'publication' | 'annual_report';
  /** The key column beside agency; unique per agency. */
  keyColumn: string;
  /** The columns a header row is matched against (aliases, required flags). */
  fields: readonly FieldSpec[];
  /** Columns not read from a header but computed by complete() (published_on, figures). */
  derived: readonly { column: string; sqlType: SqlType; insertDefault?: string }[];
  /** Groups of columns of which the file must have at least one (documents: 记录编号 or 文号). */
  requiredColumns: readonly (readonly string[])[];
  /** Whether 三.本年新收.自然人-style columns are collected into `figures`. */
  figures: boolean;
  /** Fills the key and derived columns; throws RowProblem or ValueError. */
  complete(values: StagedValues, context: RowContext): string | Promise<string>;
}

export function requiredGroups(fields: readonly FieldSpec[], extra: readonly (readonly string[])[] = []) {
  return [...fields.filter((f) => f.required).map((f) => [f.column]), ...extra];
}
