// gongkai report annual --agency <code> --year <y> [--out file.xlsx|file.docx|file.json]: the annual
// report's tables computed from the ledgers; gongkai report inspection --agency <code> (--inspection <id> |
// --period <from>..<to>) [--out …]: the periodic inspection record. The format follows the extension, JSON
// on standard output without --out.
import { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { withDatabase, withDatabaseOption } from '../database-option.ts';
import { output } from '../output.ts';
import { InputError } from '../errors.ts';
import { dateOption, periodOption, yearOption } from '../options.ts';
import { ANNUAL_REPORT_FORMATS, annualReportJson, buildAnnualReport, formatOfFile, type AnnualReportFormat } from '../../reports/annual/index.ts';
import { buildInspectionRecord, INSPECTION_RECORD_FORMATS, inspectionRecordJson, UnknownInspectionError } from '../../reports/inspection/index.ts';
import { UnknownAgencyError } from '../../reports/agency.ts';

interface AnnualOptions {
  agency: string;
  year: string;
  out?: string;
}

interface InspectionOptions {
  agency: string;
  inspection?: string;
  period?: string;
  asOf?: string;
  out?: string;
}

const OUT_HELP = '输出文件：.xlsx、.docx 或 .json（省略时在标准输出打印 JSON）';

function outputFormat(out: string | undefined): AnnualReportFormat {
  const format = out ? formatOfFile(out) : 'json';
  if (!format) throw new InputError(`--out 的扩展名应为 .xlsx、.docx 或 .json / unsupported output file: ${out}`);
  return format;
}

/** The report modules' errors about the user's input (an unknown agency or inspection): exit code 2. */
function asInputError(error: unknown): never {
  if (error instanceof UnknownAgencyError || error instanceof UnknownInspectionError) throw new InputError(error.message);
  throw error;
}

/** JSON on standard output without --out; else the file in the format its extension names, and a line saying so. */
async function emit<T>(out: string | undefined, built: T, json: (report: T) => string, render: (report: T) => Promise<Buffer>, what: string) {
  if (!out) {
    output().out(json(built));
    return;
  }
  await writeFile(out, await render(built));
  output().out(`已写入 ${out}（${what}）`);
}

function inspectionTarget(opts: InspectionOptions) {
  if ((opts.inspection === undefined) === (opts.period === undefined)) {
    throw new InputError('请给出 --inspection <编号> 或 --period <起始日期>..<截止日期> 之一 / give either --inspection or --period');
  }
  if (opts.period !== undefined) return { period: periodOption(opts.period) };
  if (!/^[1-9]\d{0,15}$/.test(opts.inspection!.trim())) {
    throw new InputError(`--inspection 应为检查记录编号（正整数） / not an inspection id: ${opts.inspection}`);
  }
  return { inspection: Number(opts.inspection!.trim()) };
}

export function reportCommand(): Command {
  const report = new Command('report').description('报告');
  report.addCommand(
    withDatabaseOption(new Command('annual'))
      .description('年度报告表格（据台账计算）：第二、三、四部分，并与已发布数据核对')
      .requiredOption('--agency <code>', '单位代码')
      .requiredOption('--year <year>', '报告年度')
      .option('--out <file>', OUT_HELP)
      .action(async (opts: AnnualOptions, command: Command) => {
        const year = yearOption('--year', opts.year);
        const format = outputFormat(opts.out);
        await withDatabase(command, async (gk) => {
          const built = await buildAnnualReport(gk.db, opts.agency, year).catch(asInputError);
          await emit(opts.out, built, annualReportJson, ANNUAL_REPORT_FORMATS[format], `${built.agency.name} ${year} 年度报告表格`);
        });
      }),
  );
  report.addCommand(
    withDatabaseOption(new Command('inspection'))
      .description('定期检查记录：检查期间各科室的问题、整改事项及其期限与状态、分管领导签字')
      .requiredOption('--agency <code>', '单位代码')
      .option('--inspection <id>', '已发起的检查记录编号')
      .option('--period <from..to>', '检查期间，如 2025-01-01..2025-06-30（有该期间的检查记录时用最近一次，否则按当前问题生成）')
      .option('--as-of <date>', '判断整改是否逾期的日期（默认今天）')
      .option('--out <file>', OUT_HELP)
      .action(async (opts: InspectionOptions, command: Command) => {
        const target = inspectionTarget(opts);
        const asOf = dateOption('--as-of', opts.asOf) ?? undefined;
        const format = outputFormat(opts.out);
        await withDatabase(command, async (gk) => {
          const built = await buildInspectionRecord(gk.db, { agency: opts.agency, asOf, ...target }).catch(asInputError);
          const which = built.inspection ? `检查记录 #${built.inspection.id}` : '未发起检查，按当前问题生成';
          const what = `${built.agency.name} ${built.period.from} 至 ${built.period.to} 定期检查记录，${which}，问题 ${built.totals.total} 条`;
          await emit(opts.out, built, inspectionRecordJson, INSPECTION_RECORD_FORMATS[format], what);
        });
      }),
  );
  return report;
}
