// The filtered findings list as a spreadsheet (CSV with a BOM, or XLSX), streamed batch by batch so a long
// list never sits in memory. Every text cell goes through spreadsheetSafe: ledger text that starts like a
// formula (=, +, -, @) is never run as one.
import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { findingBatches, findingJson, type FindingFilter } from './findings.ts';
import { spreadsheetSafe } from './spreadsheet-safe.ts';

type ExportRow = ReturnType<typeof findingJson>;

const STATUS_NAMES: Record<string, string> = { open: '待处理', rectified: '已整改', explained: '已说明', waived: '已豁免' };
const SEVERITY_NAMES: Record<string, string> = { error: '严重', warning: '一般', info: '提示' };

const COLUMNS: { header: string; width: number; value: (f: ExportRow) => string | number | null }[] = [
  { header: '编号', width: 8, value: (f) => f.id },
  { header: '机关', width: 14, value: (f) => f.agency },
  { header: '科室', width: 12, value: (f) => f.section },
  { header: '规则', width: 28, value: (f) => f.rule },
  { header: '问题', width: 24, value: (f) => f.ruleTitle },
  { header: '严重程度', width: 8, value: (f) => SEVERITY_NAMES[f.severity] ?? f.severity },
  { header: '对象', width: 22, value: (f) => f.subject },
  { header: '期限', width: 12, value: (f) => f.due },
  { header: '实际', width: 12, value: (f) => f.actual },
  { header: '超期工作日', width: 10, value: (f) => f.lateWorkdays },
  { header: '说明', width: 60, value: (f) => f.message },
  { header: '状态', width: 8, value: (f) => STATUS_NAMES[f.status] ?? f.status },
  { header: '处理人', width: 10, value: (f) => f.statusBy },
  { header: '处理备注', width: 30, value: (f) => f.statusNote },
  { header: '处理时间', width: 20, value: (f) => f.statusAt },
];

const cell = (value: string | number | null) => (typeof value === 'string' ? spreadsheetSafe(value) : value);

export function findingsCsv(db: Kysely<Database>, filter: FindingFilter): Readable {
  return Readable.from(
    (async function* () {
      yield `\uFEFF${stringify([COLUMNS.map((c) => c.header)])}`;
      for await (const batch of findingBatches(db, filter)) {
        yield stringify(batch.map((f) => COLUMNS.map((c) => cell(c.value(f)) ?? '')));
      }
    })(),
  );
}

export function findingsXlsx(db: Kysely<Database>, filter: FindingFilter): Readable {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Gongkai 公开';
  const sheet = workbook.addWorksheet('问题清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  void (async () => {
    try {
      for await (const batch of findingBatches(db, filter)) {
        for (const f of batch) sheet.addRow(COLUMNS.map((c) => cell(c.value(f)))).commit();
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      stream.destroy(error as Error);
    }
  })();
  return stream;
}
