// The annual report's output formats, chosen by file extension (gongkai report annual --out, and the
// server's download): each renders the same AnnualReport to bytes.
import type { AnnualReport } from './annual-report.ts';
import { reportNotes } from './report-notes.ts';
import { annualReportXlsx } from './write-xlsx.ts';
import { annualReportDocx } from './write-docx.ts';

export type AnnualReportFormat = 'xlsx' | 'docx' | 'json';

export function annualReportJson(report: AnnualReport): string {
  return `${JSON.stringify({ ...report, notes: reportNotes(report) }, null, 2)}\n`;
}

export const ANNUAL_REPORT_FORMATS: Record<AnnualReportFormat, (report: AnnualReport) => Promise<Buffer>> = {
  xlsx: annualReportXlsx,
  docx: annualReportDocx,
  json: async (report) => Buffer.from(annualReportJson(report), 'utf8'),
};

/** The format a file name asks for, or null for an extension we do not write. */
export function formatOfFile(file: string): AnnualReportFormat | null {
  const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  return extension && extension in ANNUAL_REPORT_FORMATS ? (extension as AnnualReportFormat) : null;
}
