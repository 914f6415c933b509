// Benchmark: the evaluation sheet (考核评分表) for N findings (default 100k) against ExcelJS's bare
// streaming writer writing the same evidence cells (no styles, no formulas, no database), each in a child
// process of its own so that peak memory (max RSS) is measured separately. On embedded PGlite by default
// (its WebAssembly heap counts in the export's memory); with GONGKAI_BENCH_PG=postgres://… on a throw-away
// database of that server.
//   npx tsx bench/evaluation-export.ts [findings]
//   GONGKAI_BENCH_PG=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/evaluation-export.ts 100000
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { withPgClient } from '../db/pg-client.ts';
import ExcelJS from 'exceljs';
import { openDatabase } from '../db/connection.ts';
import { exportEvaluation } from '../reports/evaluation/index.ts';
import { loadDefaultScheme } from '../reports/appraisal/index.ts';
import { RULES } from '../rules/index.ts';

const SCHEME_RULES = loadDefaultScheme().items.flatMap((i) => i.deductions.flatMap((d) => d.rules));
const SECTIONS = ['办公室', '执法大队', '应急管理科', '安全生产基础科', '危险化学品监管科', '防汛防台办公室', '综合减灾科', '法制科', '宣传教育科', '财务科'];

/** Finding i, the same in the seed (SQL) and in the bare writer (JavaScript). */
function findingCells(i: number): (string | number | null)[] {
  const rule = SCHEME_RULES[i % SCHEME_RULES.length]!;
  const due = new Date(Date.UTC(2024, 0, 1 + (i % 360))).toISOString().slice(0, 10);
  return [
    i,
    SECTIONS[i % SECTIONS.length]!,
    '信息未按时公开或提前公开（每条）',
    5,
    RULES[rule]!.meta.title.zh,
    rule,
    `DOC-${i}`,
    `关于开展第${i}批安全生产专项检查工作的通知`,
    due,
    due,
    i % 9,
    '待整改',
    null,
    i,
  ];
}

export async function seed(dir: string, n: number) {
  const gk = await openDatabase(dir);
  try {
    await gk.db.insertInto('agency').values({ code: 'BENCH', name: '基准测试区应急管理局', profile: 'national-2019' }).execute();
    const run = await gk.db
      .insertInto('rule_run')
      .values({ agency: 'BENCH', profile: 'national-2019', profile_version: 'bench', as_of: '2025-01-31' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rules = `{${SCHEME_RULES.join(',')}}`;
    const sections = `{${SECTIONS.join(',')}}`;
    await sql`
      insert into finding (agency, rule, severity, subject_kind, subject, section, due, actual, late_workdays, message,
        details, profile, profile_version, first_run_id, last_run_id)
      select 'BENCH', r.rule, 'error',
        case split_part(r.rule, '/', 1) when 'doc' then 'document' when 'req' then 'request'
          when 'report' then 'annual_report' else 'column' end,
        'DOC-' || i, (${sections}::text[])[1 + i % 10], d.day, d.day, i % 9, '基准问题 ' || i,
        jsonb_build_object('title', '关于开展第' || i || '批安全生产专项检查工作的通知'),
        'national-2019', 'bench', ${run.id}, ${run.id}
      from generate_series(1, ${n}) as i
      cross join lateral (select (${rules}::text[])[1 + i % ${SCHEME_RULES.length}] as rule) r
      cross join lateral (select ('2024-01-01'::date + (i % 360)) as day) d`.execute(gk.db);
  } finally {
    await gk.close();
  }
}

async function runExport(dir: string, out: string) {
  const gk = await openDatabase(dir);
  try {
    const started = performance.now();
    const result = await exportEvaluation(gk.db, { year: 2024, agency: 'BENCH', output: { file: out } });
    return { ms: performance.now() - started, rows: result.evidenceRows };
  } finally {
    await gk.close();
  }
}

async function runBare(out: string, n: number) {
  const started = performance.now();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('问题清单');
  for (let i = 1; i <= n; i++) sheet.addRow(findingCells(i)).commit();
  sheet.commit();
  await workbook.commit();
  return { ms: performance.now() - started, rows: n };
}

const [mode, ...args] = process.argv.slice(2);
const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (!isMain) {
  // imported for seed()
} else if (mode === 'child-export' || mode === 'child-bare' || mode === 'child-idle' || mode === 'child-seed') {
  // The steps `npm run bench` runs too (bench/run.ts): seed a database, export it, write the bare cells.
  const [dir, out, n] = args as [string, string, string];
  const result =
    mode === 'child-export'
      ? await runExport(dir, out)
      : mode === 'child-bare'
        ? await runBare(out, Number(n))
        : mode === 'child-seed'
          ? await seed(dir, Number(n)).then(() => ({ ms: 0, rows: Number(n) }))
          : { ms: 0, rows: 0 };
  // maxRSS is in kilobytes.
  process.stdout.write(JSON.stringify({ ...result, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  const n = Number(mode ?? 100_000);
  const work = await mkdtemp(path.join(tmpdir(), 'gk-bench-evaluation-'));
  const admin = process.env.GONGKAI_BENCH_PG;
  const pgName = `gk_bench_${process.pid}`;
  const adminQuery = (text: string) => withPgClient(admin!, (client) => client.query(text));
  let database = path.join(work, 'db');
  if (admin) {
    await adminQuery(`create database ${pgName}`);
    const url = new URL(admin);
    url.pathname = `/${pgName}`;
    database = url.toString();
  }
  const self = fileURLToPath(import.meta.url);
  const child = (which: string, out: string) => {
    const done = spawnSync(process.execPath, ['--import', 'tsx', self, which, database, out, String(n)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (done.status !== 0) throw new Error(`${which} failed: ${done.stderr}`);
    return JSON.parse(done.stdout.trim().split('\n').at(-1)!) as { ms: number; rows: number; maxRssMb: number };
  };
  try {
    const seeding = performance.now();
    await seed(database, n);
    console.log(`已在${admin ? ' PostgreSQL ' : ' PGlite '}中生成 ${n} 条问题（${((performance.now() - seeding) / 1000).toFixed(1)} s）`);
    const idle = child('child-idle', path.join(work, 'idle.xlsx'));
    const bare = child('child-bare', path.join(work, 'bare.xlsx'));
    const ours = child('child-export', path.join(work, 'evaluation.xlsx'));
    const size = async (f: string) => ((await stat(path.join(work, f))).size / 1e6).toFixed(1);
    console.log(`空载（只加载模块）：峰值内存 ${idle.maxRssMb.toFixed(0)} MB`);
    console.log(`ExcelJS 裸写入（同样的 ${bare.rows} 行）：${(bare.ms / 1000).toFixed(2)} s，峰值内存 ${bare.maxRssMb.toFixed(0)} MB，文件 ${await size('bare.xlsx')} MB`);
    console.log(`考核评分表导出（问题清单 ${ours.rows} 行）：${(ours.ms / 1000).toFixed(2)} s，峰值内存 ${ours.maxRssMb.toFixed(0)} MB，文件 ${await size('evaluation.xlsx')} MB`);
    console.log(`时间比：${(ours.ms / bare.ms).toFixed(2)}×（目标 ≤ 1.5×）；峰值内存目标 ≤ 300 MB`);
  } finally {
    await rm(work, { recursive: true, force: true });
    if (admin) await adminQuery(`drop database if exists ${pgName} with (force)`);
  }
}
