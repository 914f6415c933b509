// The importers' public API: the command line (`gongkai import`, `gongkai check --documents f`) and the
// dashboard's upload all call importLedgerFile.
export { importLedgerFile, BATCH_ROWS, REJECTS_LISTED } from './import-ledger.ts';
export type { ImportOptions, ImportSummary, ImportProgress } from './import-ledger.ts';
export type { LedgerKind } from './ledgers/ledger.ts';
export { LEDGER_KINDS, LEDGER_NAMES, isLedgerKind } from './ledgers/index.ts';
export { ImportFileError } from './errors.ts';
export { isReadableFullTextFile } from './ledgers/full-text.ts';
