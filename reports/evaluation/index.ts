// 考核评分表 (gongkai export evaluation): a streamed Excel workbook — 评分汇总 (scores per section and
// unit, live formulas), 扣分计算 (the counts the formulas read), 问题清单 (every finding behind every
// deduction, from a database cursor) and 评分标准 (the scheme with its articles). Only one batch of
// evidence rows is in memory at a time, so 100k findings fit in little memory.
import ExcelJS from 'exceljs';
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

/**
 * Every agency's appraisal, on one connection: on PGlite that holds the single session until all are
 * done, so an evidence query started meanwhile waits its turn instead of taking the session first.
 * `started` resolves once the connection is held.
 */
function appraiseOnOneConnection(
  db: Kysely<Database>,
  agencies: AgencyRef[],
  options: { year: number; scheme: AppraisalScheme; period: AppraisalPeriod },
): { started: Promise<void>; appraisals: Promise<Appraisal[]> } {
  let held!: () => void;
  const started = new Promise<void>((resolve) => (held = resolve));
  const appraisals = db.connection().execute(async (connection) => {
    held();
    const result: Appraisal[] = [];
    for (const agency of agencies) {
      result.push(await computeAppraisal(connection, { agency: agency.code, ...options, withFindingIds: false }));
    }
    return result;
  });
  // Settles also when the connection could not be had: the failure is then the appraisals' to report.
  return { started: Promise.race([started, appraisals.then(() => undefined, () => undefined)]), appraisals };
}

/** The evidence of every agency in turn, each batch handed to the writer once there is one. */
async function streamEvidence(
  db: Kysely<Database>,
  agencies: AgencyRef[],
  scope: { period: AppraisalPeriod; scheme: AppraisalScheme; batchSize?: number },
  writer: Promise<EvidenceSheetWriter>,
): Promise<void> {
  for (const agency of agencies) {
    await forEachEvidenceBatch(
      db,
      { agency: agency.code, period: scope.period, scheme: scope.scheme },
      async (rows) => (await writer).append(agency.name, rows),
      scope.batchSize,
    );
  }
}

export async function exportEvaluation(db: Kysely<Database>, options: EvaluationOptions): Promise<EvaluationResult> {
  const scheme = options.scheme ?? loadDefaultScheme();
  const period = options.period ?? yearPeriod(options.year);
  const agencies: AgencyRef[] = options.agency ? [await findAgency(db, options.agency)] : await allAgencies(db);
  if (agencies.length === 0) throw new NoAgencyError();

  // The scores and the evidence are read at the same time: on PostgreSQL the evidence query sorts its
  // rows on another connection while the appraisals are computed. The first batch waits for the writer,
  // which exists once the scores are in and the sheets before the evidence are written (the zip takes
  // sheets in order), so a failed appraisal leaves no file behind.
  const appraising = appraiseOnOneConnection(db, agencies, { year: options.year, scheme, period });
  await appraising.started;
  let writerReady!: { resolve: (writer: EvidenceSheetWriter) => void; reject: (error: unknown) => void };
  const writer = new Promise<EvidenceSheetWriter>((resolve, reject) => (writerReady = { resolve, reject }));
  writer.catch(() => undefined);
  const evidenceWritten = streamEvidence(db, agencies, { period, scheme, batchSize: options.batchSize }, writer);
  evidenceWritten.catch(() => undefined);

  let appraisals: Appraisal[];
  try {
    appraisals = await appraising.appraisals;
  } catch (error) {
    writerReady.reject(error);
    await evidenceWritten.catch(() => undefined);
    throw error;
  }

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    ...('file' in options.output ? { filename: options.output.file } : { stream: options.output.stream }),
    useStyles: true,
    // Inline strings: a shared-strings table would keep every distinct text of 100k rows in memory.
    useSharedStrings: false,
  });
  workbook.creator = 'Gongkai 公开';
  // Sheets are zipped in the order they are added; each is finished before the next grows large.
  const summary = workbook.addWorksheet(SHEETS.summary, printableSheet(SUMMARY_HEAD_ROWS, 3));
  const tally = workbook.addWorksheet(SHEETS.tally, printableSheet(2, 2));
  const withUnit = appraisals.length > 1;
  const evidenceWidth = evidenceColumns(withUnit).length;
  const evidence = workbook.addWorksheet(
    SHEETS.evidence,
    printableSheet(EVIDENCE_HEAD_ROWS, withUnit ? 3 : 2, {
      autoFilter: `A${EVIDENCE_HEAD_ROWS}:${columnLetter(evidenceWidth)}${EVIDENCE_HEAD_ROWS}`,
    }),
  );
  const schemeSheet = workbook.addWorksheet(SHEETS.scheme, printableSheet(2, 1));

  const plan = planTally(appraisals);
  writeSummarySheet(summary, appraisals, plan, { year: options.year, period, scheme, exportedOn: options.exportedOn ?? todayInChina() });
  writeTallySheet(tally, plan);

  const unitName = appraisals.length === 1 ? appraisals[0]!.agency.name : '';
  const evidenceWriter = new EvidenceSheetWriter(evidence, scheme, { title: `${unitName}${options.year}年度考核扣分问题清单`, withUnit });
  writerReady.resolve(evidenceWriter);
  await evidenceWritten;
  evidenceWriter.close();
  writeSchemeSheet(schemeSheet, scheme);
  await workbook.commit();
  return { appraisals, evidenceRows: evidenceWriter.rowsWritten };
}
