// The inspection record's output formats (gongkai report inspection --out, and the server's download):
// each renders the same InspectionRecord to bytes. The format follows the file's extension, as for the
// annual report.
import type { InspectionRecord } from './record.ts';
import { inspectionRecordXlsx } from './write-xlsx.ts';
import { inspectionRecordDocx } from './write-docx.ts';
import type { AnnualReportFormat } from '../annual/formats.ts';

export { formatOfFile } from '../annual/formats.ts';

export type InspectionRecordFormat = AnnualReportFormat;

export function inspectionRecordJson(record: InspectionRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

export const INSPECTION_RECORD_FORMATS: Record<InspectionRecordFormat, (record: InspectionRecord) => Promise<Buffer>> = {
  xlsx: inspectionRecordXlsx,
  docx: inspectionRecordDocx,
  json: async (record) => Buffer.from(inspectionRecordJson(record), 'utf8'),
};
