// 考核评分表 (gongkai export evaluation): a streamed Excel workbook — 评分汇总 (scores per section and
// unit, live formulas), 扣分计算 (the counts the formulas read), 问题清单 (every finding behind every
// deduction, from a database cursor) and 评分标准 (the scheme with its articles). Only one batch of
// evidence rows is in memory at a time, so 100k findings fit in little memory.
import ExcelJS from 'exceljs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { allAgencies, findAgency, type AgencyRef } from '../agency.ts';
import { computeAppraisal, loadDefaultScheme, type Appraisal, type AppraisalScheme } from '../appraisal/index.ts';
import { forEachEvidenceBatch } from '../appraisal/evidence.ts';
import { yearPeriod, type AppraisalPeriod } from '../appraisal/period.ts';
import { SHEETS, columnLetter, printableSheet } from './sheet-setup.ts';
import { SUMMARY_HEAD_ROWS, writeSummarySheet } from './summary-sheet.ts';
import { planTally, writeTallySheet } from './tally-sheet.ts';
import { EVIDENCE_HEAD_ROWS, EvidenceSheetWriter, evidenceColumns } from './evidence-sheet.ts';
import { writeSchemeSheet } from './scheme-sheet.ts';
import { setTabOrder } from './tab-order.ts';

export interface EvaluationOptions {
  year: number;
  /** One agency; default every agency in the database, one block of rows each. */
  agency?: string;
  /** Default: the calendar year. */
  period?: AppraisalPeriod;
  /** Default: the district-2020 scheme. */
  scheme?: AppraisalScheme;
  output: { file: string } | { stream: Writable };
  /** Evidence rows fetched per round trip. */
  batchSize?: number;
  /** The date printed on the sheet (default: today in China). */
  exportedOn?: string;
}

export interface EvaluationResult {
  appraisals: Appraisal[];
  evidenceRows: number;
}

export class NoAgencyError extends Error {
  constructor() {
    super('数据库中还没有任何单位，无可导出的考核评分表（先导入台账） / no agency to appraise');
    this.name = 'NoAgencyError';
  }
}

function todayInChina(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** Every agency's appraisal in turn, on one connection of its own (on PostgreSQL, beside the evidence's). */
function appraiseAll(
  db: Kysely<Database>,
  agencies: AgencyRef[],
  options: { year: number; scheme: AppraisalScheme; period: AppraisalPeriod },
): Promise<Appraisal[]> {
  return db.connection().execute(async (connection) => {
    const result: Appraisal[] = [];
    for (const agency of agencies) {
      result.push(await computeAppraisal(connection, { agency: agency.code, ...options, withFindingIds: false }));
    }
    return result;
  });
}

/** The evidence of every agency in turn, each batch written as it comes. */
async function streamEvidence(
  db: Kysely<Database>,
  agencies: AgencyRef[],
  scope: { period: AppraisalPeriod; scheme: AppraisalScheme; batchSize?: number },
  writer: EvidenceSheetWriter,
): Promise<void> {
  for (const agency of agencies) {
    await forEachEvidenceBatch(
      db,
      { agency: agency.code, period: scope.period, scheme: scope.scheme },
      (rows) => writer.append(agency.name, rows),
      scope.batchSize,
    );
  }
}

/**
 * Where the workbook is written: a file is written beside its final name and renamed once complete, so a
 * failed export leaves neither a partial workbook nor a damaged earlier one.
 */
function workbookTarget(output: EvaluationOptions['output']): {
  writerOptions: Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>;
  complete: () => Promise<void>;
  abandon: () => Promise<void>;
} {
  if ('stream' in output) {
    return { writerOptions: { stream: output.stream }, complete: async () => {}, abandon: async () => {} };
  }
  const partial = path.join(path.dirname(output.file), `.${path.basename(output.file)}.${process.pid}.part`);
  return {
    writerOptions: { filename: partial },
    complete: () => rename(partial, output.file),
    abandon: () => rm(partial, { force: true }),
  };
}

/** Stops the workbook's archiver (its queue dropped, its output ended), so a failed export holds no file open. */
function abortZip(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  (workbook as unknown as { zip?: { abort?: () => void } }).zip?.abort?.();
}

export async function exportEvaluation(db: Kysely<Database>, options: EvaluationOptions): Promise<EvaluationResult> {
  const scheme = options.scheme ?? loadDefaultScheme();
  const period = options.period ?? yearPeriod(options.year);
  const agencies: AgencyRef[] = options.agency ? [await findAgency(db, options.agency)] : await allAgencies(db);
  if (agencies.length === 0) throw new NoAgencyError();

  let appraising: Promise<Appraisal[]> | undefined;
  const target = workbookTarget(options.output);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    ...target.writerOptions,
    useStyles: true,
    // Inline strings: a shared-strings table would keep every distinct text of 100k rows in memory.
    useSharedStrings: false,
  });
  workbook.creator = 'Gongkai 公开';
  try {
    const withUnit = agencies.length > 1;
    const evidenceWidth = evidenceColumns(withUnit).length;
    // The scores are computed while the evidence is written (on PostgreSQL on two connections at once),
    // so the evidence sheet is the first in the zip: its rows go straight to the compressor without
    // waiting for the scores, and the small sheets that need them are written after it. setTabOrder still
    // shows 评分汇总 first.
    const evidence = workbook.addWorksheet(
      SHEETS.evidence,
      printableSheet(EVIDENCE_HEAD_ROWS, withUnit ? 3 : 2, {
        autoFilter: `A${EVIDENCE_HEAD_ROWS}:${columnLetter(evidenceWidth)}${EVIDENCE_HEAD_ROWS}`,
      }),
    );
    const summary = workbook.addWorksheet(SHEETS.summary, printableSheet(SUMMARY_HEAD_ROWS, 3));
    const tally = workbook.addWorksheet(SHEETS.tally, printableSheet(2, 2));
    const schemeSheet = workbook.addWorksheet(SHEETS.scheme, printableSheet(2, 1));
    setTabOrder(workbook, [summary, tally, evidence, schemeSheet]);

    const unitName = withUnit ? '' : agencies[0]!.name;
    const evidenceWriter = new EvidenceSheetWriter(evidence, scheme, { title: `${unitName}${options.year}年度考核扣分问题清单`, withUnit });
    // The evidence asks for its connection first, so it takes the one already open; the appraisals,
    // which nothing waits for until the end, take the one the pool opens next.
    const evidenceWritten = streamEvidence(db, agencies, { period, scheme, batchSize: options.batchSize }, evidenceWriter);
    appraising = appraiseAll(db, agencies, { year: options.year, scheme, period });
    appraising.catch(() => undefined);
    await evidenceWritten;
    evidenceWriter.close();

    const appraisals = await appraising;
    const plan = planTally(appraisals);
    writeSummarySheet(summary, appraisals, plan, { year: options.year, period, scheme, exportedOn: options.exportedOn ?? todayInChina() });
    writeTallySheet(tally, plan);
    writeSchemeSheet(schemeSheet, scheme);
    await workbook.commit();
    await target.complete();
    return { appraisals, evidenceRows: evidenceWriter.rowsWritten };
  } catch (error) {
    await appraising?.catch(() => undefined);
    abortZip(workbook);
    await target.abandon();
    throw error;
  }
}
