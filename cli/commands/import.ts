// gongkai import <documents|requests|publications|annual-reports> <file…> --agency <code>
//   [--mapping f] [--dry-run] [--user name]: each file in its own transaction, a progress bar on a
// terminal, and a summary per file (new, updated, rejected, where the rejects went).
import { Command } from 'commander';
import os from 'node:os';
import cliProgress from 'cli-progress';
import { withDatabase, withDatabaseOption } from '../database-option.ts';
import { output } from '../output.ts';
import { InputError } from '../errors.ts';
import { ImportFileError, LEDGER_KINDS, LEDGER_NAMES, importLedgerFile, isLedgerKind, type ImportProgress, type ImportSummary, type LedgerKind } from '../../importers/index.ts';

interface ImportCommandOptions {
  agency: string;
  mapping?: string;
  dryRun?: boolean;
  user?: string;
}

interface ParsedImport {
  kind: LedgerKind;
  files: string[];
  agency: string;
  mappingFile: string | undefined;
  dryRun: boolean;
  user: string;
}

function parseOptions(kind: string, files: string[], opts: ImportCommandOptions): ParsedImport {
  if (!isLedgerKind(kind)) {
    throw new InputError(`未知台账类型「${kind}」，应为 ${LEDGER_KINDS.join(' | ')} / unknown ledger kind`);
  }
  const agency = opts.agency.trim();
  if (!agency) throw new InputError('机关代码不能为空 / agency code is empty');
  return { kind, files, agency, mappingFile: opts.mapping, dryRun: opts.dryRun ?? false, user: opts.user ?? os.userInfo().username };
}

/** A bar on a terminal; on a file or a pipe, one line when the file's rows start to flow. */
function progressBar(file: string): { update(p: ImportProgress): void; stop(): void } {
  if (!process.stderr.isTTY) {
    let announced = false;
    return {
      update: () => {
        if (!announced) output().err(`正在导入 ${file} …`);
        announced = true;
      },
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${file} [{bar}] {percentage}% | {rows} 行 | {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p) {
      if (!started) {
        bar.start(Math.max(p.bytesTotal, 1), 0, { rows: 0 });
        started = true;
      }
      bar.update(Math.min(p.bytesRead, p.bytesTotal), { rows: p.rowsRead });
    },
    stop: () => started && bar.stop(),
  };
}

export function describeSummary(summary: ImportSummary, dryRun: boolean): string {
  const lines: string[] = [];
  const prefix = dryRun ? '（试运行，未写入）' : '';
  const source = [summary.format.toUpperCase(), summary.encoding].filter(Boolean).join('，');
  lines.push(
    `${prefix}${summary.file}（${source}）：读取 ${summary.rowsRead} 行；新增 ${summary.loaded} 行，更新 ${summary.updated} 行，拒绝 ${summary.rejected} 行` +
      (summary.batchId !== null ? `；批次 ${summary.batchId}` : ''),
  );
  for (const duplicate of summary.duplicates.slice(0, 10)) {
    lines.push(`  重复编号 ${duplicate.key}：第 ${duplicate.rows.join('、')} 行，以最后一行为准`);
  }
  if (summary.duplicates.length > 10) lines.push(`  …… 另有 ${summary.duplicates.length - 10} 个重复编号`);
  for (const reject of summary.rejects.slice(0, 10)) {
    lines.push(`  第 ${reject.row} 行：${reject.reasons.map((r) => `「${r.column}」${r.message}`).join('；')}`);
  }
  if (summary.rejected > 10) lines.push(`  …… 共 ${summary.rejected} 行被拒绝`);
  if (summary.rejectsFile) lines.push(`拒绝行已写入 ${summary.rejectsFile}，修改后可再次导入`);
  return lines.join('\n');
}

export function importCommand(): Command {
  return withDatabaseOption(new Command('import'))
    .description(`导入台账：${LEDGER_KINDS.map((k) => `${k}（${LEDGER_NAMES[k]}）`).join('、')}`)
    .argument('<kind>', `台账类型：${LEDGER_KINDS.join(' | ')}`)
    .argument('<files...>', '台账文件：CSV（UTF-8 或 GBK）、XLSX、JSON、Arrow')
    .requiredOption('--agency <code>', '机关代码（首次导入时自动登记）')
    .option('--mapping <file>', '表头对照文件 JSON：{"源表头": "标准列名"}')
    .option('--dry-run', '只检查不写入：解析、校验并报告结果')
    .option('--user <name>', '记入导入批次的操作人（默认为当前系统用户）')
    .action(async (kind: string, files: string[], opts: ImportCommandOptions, command: Command) => {
      const parsed = parseOptions(kind, files, opts);
      const failed: string[] = [];
      await withDatabase(command, async (gk) => {
        for (const file of parsed.files) {
          const bar = progressBar(file);
          try {
            const summary = await importLedgerFile(gk, {
              agency: parsed.agency,
              kind: parsed.kind,
              file,
              mappingFile: parsed.mappingFile,
              dryRun: parsed.dryRun,
              user: parsed.user,
              onProgress: (p) => bar.update(p),
            });
            bar.stop();
            output().out(describeSummary(summary, parsed.dryRun));
          } catch (error) {
            bar.stop();
            // One bad file does not stop the others; the command still exits 2 at the end.
            if (!(error instanceof ImportFileError)) throw error;
            output().err(`错误：${error.message}`);
            failed.push(file);
          }
        }
      });
      if (failed.length > 0) {
        throw new InputError(`${failed.length} 个文件未能导入，其内容均未写入：${failed.join('、')} / ${failed.length} file(s) not imported`);
      }
    });
}
