// gongkai export evaluation --year <y> [--agency <code>] [--period from..to] [--scheme scheme.json]
// --out file.xlsx: the appraisal's evaluation sheet (考核评分表), streamed to the file.
import { Command } from 'commander';
import { withDatabase, withDatabaseOption } from '../database-option.ts';
import { output } from '../output.ts';
import { InputError } from '../errors.ts';
import { periodOption, yearOption } from '../options.ts';
import { exportEvaluation, NoAgencyError } from '../../reports/evaluation/index.ts';
import { readSchemeFile, SchemeError } from '../../reports/appraisal/index.ts';
import { UnknownAgencyError } from '../../reports/agency.ts';

interface EvaluationCommandOptions {
  year: string;
  agency?: string;
  period?: string;
  scheme?: string;
  out: string;
}

/** Errors of the report modules that are the user's input, shown with exit code 2. */
function asInputError(error: unknown): never {
  if (error instanceof UnknownAgencyError || error instanceof SchemeError || error instanceof NoAgencyError) {
    throw new InputError(error.message);
  }
  throw error;
}

export function exportCommand(): Command {
  const exporter = new Command('export').description('导出');
  exporter.addCommand(
    withDatabaseOption(new Command('evaluation'))
      .description('考核评分表（Excel）：各科室、各单位得分（公式自动计算）、扣分问题清单、评分标准')
      .requiredOption('--year <year>', '考核年度')
      .option('--agency <code>', '只导出该单位（默认全部单位）')
      .option('--period <from..to>', '考核期间（默认整年），如 2024-01-01..2024-06-30')
      .option('--scheme <file>', '评分标准 JSON 文件（默认：参照区级 2020 年考核评分标准）')
      .requiredOption('--out <file>', '输出文件（.xlsx）')
      .action(async (opts: EvaluationCommandOptions, command: Command) => {
        const year = yearOption('--year', opts.year);
        if (!/\.xlsx$/i.test(opts.out)) throw new InputError(`--out 应为 .xlsx 文件 / the evaluation sheet is an .xlsx file: ${opts.out}`);
        const period = opts.period ? periodOption(opts.period) : undefined;
        const scheme = opts.scheme ? await readSchemeFile(opts.scheme).catch(asInputError) : undefined;
        await withDatabase(command, async (gk) => {
          const result = await exportEvaluation(gk.db, { year, agency: opts.agency, period, scheme, output: { file: opts.out } }).catch(
            asInputError,
          );
          const lines = result.appraisals.map(
            (a) => `${a.agency.name}：${a.agencyScore.total} 分（${a.agencyScore.grade}），${a.sections.length} 个科室`,
          );
          output().out([`已写入 ${opts.out}：问题清单 ${result.evidenceRows} 条`, ...lines].join('\n'));
        });
      }),
  );
  return exporter;
}
