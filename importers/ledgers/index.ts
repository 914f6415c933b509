// The four ledgers by kind.
import type { LedgerKind, LedgerSpec } from './ledger.ts';
import { documentsLedger } from './documents.ts';
import { requestsLedger } from './requests.ts';
import { publicationsLedger } from './publications.ts';
import { annualReportsLedger } from './annual-reports.ts';

export const LEDGERS: Record<LedgerKind, LedgerSpec> = {
  documents: documentsLedger,
  requests: requestsLedger,
  publications: publicationsLedger,
  'annual-reports': annualReportsLedger,
};

export const LEDGER_KINDS = Object.keys(LEDGERS) as LedgerKind[];

/** Chinese names of the ledgers, for messages. */
export const LEDGER_NAMES: Record<LedgerKind, string> = {
  documents: '政府信息台账',
  requests: '依申请公开登记台账',
  publications: '网站与新媒体发布记录',
  'annual-reports': '年度报告',
};

export function isLedgerKind(value: string): value is LedgerKind {
  return value in LEDGERS;
}

export type { LedgerKind, LedgerSpec } from './ledger.ts';
