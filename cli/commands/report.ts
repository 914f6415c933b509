// gongkai report annual --agency <code> --year <y> [--out file.xlsx|file.docx|file.json]: the annual
// report's tables computed from the ledgers; the format follows the extension, JSON on standard output
// without --out.
import { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { withDatabase, withDatabaseOption } from '../database-option.ts';
import { output } from '../output.ts';
import { InputError } from '../errors.ts';
import { yearOption } from '../options.ts';
import { ANNUAL_REPORT_FORMATS, annualReportJson, buildAnnualReport, formatOfFile } from '../../reports/annual/index.ts';
import { UnknownAgencyError } from '../../reports/agency.ts';

interface AnnualOptions {
  agency: string;
  year: string;
  out?: string;
}

export function reportCommand(): Command {
  const report = new Command('report').description('报告');
  report.addCommand(
    withDatabaseOption(new Command('annual'))
      .description('年度报告表格（据台账计算）：第二、三、四部分，并与已发布数据核对')
      .requiredOption('--agency <code>', '单位代码')
      .requiredOption('--year <year>', '报告年度')
      .option('--out <file>', '输出文件：.xlsx、.docx 或 .json（省略时在标准输出打印 JSON）')
      .action(async (opts: AnnualOptions, command: Command) => {
        const year = yearOption('--year', opts.year);
        const format = opts.out ? formatOfFile(opts.out) : 'json';
        if (!format) throw new InputError(`--out 的扩展名应为 .xlsx、.docx 或 .json / unsupported output file: ${opts.out}`);
        await withDatabase(command, async (gk) => {
          const built = await buildAnnualReport(gk.db, opts.agency, year).catch((error: unknown) => {
            if (error instanceof UnknownAgencyError) throw new InputError(error.message);
            throw error;
          });
          if (!opts.out) {
            output().out(annualReportJson(built));
            return;
          }
          await writeFile(opts.out, await ANNUAL_REPORT_FORMATS[format](built));
          output().out(`已写入 ${opts.out}（${built.agency.name} ${year} 年度报告表格）`);
        });
      }),
  );
  return report;
}
