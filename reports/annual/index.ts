// The annual report from the ledgers: computation, checks and output formats.
export { buildAnnualReport, figureDifferences, type AnnualReport } from './annual-report.ts';
export { ANNUAL_REPORT_FORMATS, annualReportJson, formatOfFile, type AnnualReportFormat } from './formats.ts';
export { computeLedgerTables, type LedgerTables } from './ledger-tables.ts';
