// gongkai check: run the rules of each agency's profile and print the findings. With ledger files and no
// --db it works on a throw-away in-memory database: a self-check of a spreadsheet.
import { Command, Option } from 'commander';
import { databaseOption } from '../database-option.ts';
import { output } from '../output.ts';
import { CommandExit, EXIT, InputError } from '../errors.ts';
import { collect, dateOption } from '../options.ts';
import { formatFindings, type FindingFormat } from '../format/findings.ts';
import { openDatabase, resolveDatabaseSpec, type Gk } from '../../db/connection.ts';
import { todayInChina } from '../../db/calendar/dates.ts';
import { runRules, type RunFinding } from '../../rules/engine/run.ts';
import { PROFILE_IDS, isProfileId } from '../../rules/profiles/ids.ts';
import { importLedgerFile, type LedgerKind } from '../../importers/index.ts';

const SEVERITY_RANK = { info: 0, warning: 1, error: 2 } as const;
type Severity = keyof typeof SEVERITY_RANK;

/** The agency a self-check of loose files runs under when none is named. */
export const SELF_CHECK_AGENCY = 'self-check';

interface CheckOptions {
  db?: string;
  agency?: string;
  profile?: string;
  from?: string;
  to?: string;
  asOf?: string;
  format: FindingFormat;
  failOn?: Severity;
  documents?: string[];
  requests?: string[];
  publications?: string[];
  annualReports?: string[];
}

interface ParsedCheck {
  databaseSpec: string;
  agency: string | null;
  profile: string | null;
  from: string | null;
  to: string | null;
  asOf: string;
  format: FindingFormat;
  failOn: Severity | null;
  files: { kind: LedgerKind; file: string }[];
}

function parseOptions(opts: CheckOptions): ParsedCheck {
  const files = [
    ...(opts.documents ?? []).map((file) => ({ kind: 'documents' as const, file })),
    ...(opts.requests ?? []).map((file) => ({ kind: 'requests' as const, file })),
    ...(opts.publications ?? []).map((file) => ({ kind: 'publications' as const, file })),
    ...(opts.annualReports ?? []).map((file) => ({ kind: 'annual-reports' as const, file })),
  ];
  if (opts.profile && !isProfileId(opts.profile)) throw new InputError(`未知规则集 / unknown profile: ${opts.profile}`);
  const from = dateOption('--from', opts.from);
  const to = dateOption('--to', opts.to);
  if (from && to && from > to) throw new InputError(`--from ${from} 晚于 --to ${to}`);
  return {
    // Loose files without --db: a throw-away database, whatever DATABASE_URL says.
    databaseSpec: files.length > 0 && !opts.db ? 'memory://' : resolveDatabaseSpec(opts.db),
    agency: opts.agency ?? (files.length > 0 ? SELF_CHECK_AGENCY : null),
    profile: opts.profile ?? null,
    from,
    to,
    asOf: dateOption('--as-of', opts.asOf) ?? todayInChina(),
    format: opts.format,
    failOn: opts.failOn ?? null,
    files,
  };
}

async function importFiles(gk: Gk, check: ParsedCheck): Promise<void> {
  const agency = check.agency!;
  if (check.profile) {
    await gk.db
      .insertInto('agency')
      .values({ code: agency, name: agency === SELF_CHECK_AGENCY ? '自查' : agency, profile: check.profile })
      .onConflict((oc) => oc.column('code').doUpdateSet({ profile: check.profile! }))
      .execute();
  }
  for (const { kind, file } of check.files) {
    const summary = await importLedgerFile(gk, { agency, kind, file });
    const rejected = summary.rejected ? `，拒绝 ${summary.rejected} 行${summary.rejectsFile ? `（见 ${summary.rejectsFile}）` : ''}` : '';
    output().err(`已读取 ${file}：${summary.loaded + summary.updated} 行${rejected}`);
    for (const reject of summary.rejects.slice(0, 5)) {
      output().err(`  第 ${reject.row} 行：${reject.reasons.map((r) => `${r.column} ${r.message}`).join('；')}`);
    }
  }
}

export async function runCheck(check: ParsedCheck): Promise<{ findings: RunFinding[]; exitCode: number }> {
  const gk = await openDatabase(check.databaseSpec);
  try {
    if (check.files.length > 0) await importFiles(gk, check);
    const agencies = check.agency
      ? [check.agency]
      : (await gk.db.selectFrom('agency').select('code').orderBy('code').execute()).map((a) => a.code);
    if (check.agency) {
      const known = await gk.db.selectFrom('agency').select('code').where('code', '=', check.agency).executeTakeFirst();
      if (!known) throw new InputError(`未知机关 / unknown agency: ${check.agency}（先用 gongkai agency add 登记，或导入台账）`);
    }
    const findings: RunFinding[] = [];
    for (const agency of agencies) {
      const result = await runRules(gk, {
        agency,
        asOf: check.asOf,
        from: check.from,
        to: check.to,
        profile: check.profile ?? undefined,
      });
      findings.push(...result.findings);
    }
    const failing =
      check.failOn !== null && findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[check.failOn!]);
    return { findings, exitCode: failing ? EXIT.FINDINGS : EXIT.OK };
  } finally {
    await gk.close();
  }
}

export function checkCommand(): Command {
  return new Command('check')
    .description('按规则集检查台账并列出问题（给出台账文件而不给 --db 时，在临时内存库中自查）')
    .addOption(databaseOption())
    .option('--agency <code>', '机关代码（默认：库中全部机关；自查文件时为 self-check）')
    .addOption(new Option('--profile <id>', '使用的规则集（默认：机关登记的规则集）').choices([...PROFILE_IDS]))
    .option('--from <date>', '期间起（按期限日期筛选）')
    .option('--to <date>', '期间止')
    .option('--as-of <date>', '检查日（默认：今天）')
    .addOption(new Option('--format <format>', '输出格式').choices(['table', 'json', 'csv']).default('table'))
    .addOption(new Option('--fail-on <severity>', '存在该级别及以上问题时退出码为 1').choices(['info', 'warning', 'error']))
    .option('--documents <file>', '政府信息台账文件（可多次给出）', collect)
    .option('--requests <file>', '依申请公开登记台账文件（可多次给出）', collect)
    .option('--publications <file>', '网站与新媒体发布记录文件（可多次给出）', collect)
    .option('--annual-reports <file>', '年度报告台账文件（可多次给出）', collect)
    .action(async (opts: CheckOptions, command: Command) => {
      const globals = command.optsWithGlobals<{ db?: string }>();
      const check = parseOptions({ ...opts, db: opts.db ?? globals.db });
      const { findings, exitCode } = await runCheck(check);
      output().out(formatFindings(findings, check.format));
      if (exitCode !== EXIT.OK) throw new CommandExit(exitCode);
    });
}
