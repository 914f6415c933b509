// Benchmark: `gongkai import documents` of an N-row CSV against PostgreSQL's own COPY of the same rows
// into the same table, in the same run, on a database of its own; and the importer's peak memory.
//
//   npx tsx bench/import-documents.ts [--rows 1000000] [--server postgres://postgres@127.0.0.1:5432/test]
//
// Prints one JSON line: rows, seconds and rows/s of each, the ratio (goal ≥ 0.5) and the importer's peak
// resident memory (goal < 500 MB, flat from 100k to 1M rows). The harness (`npm run bench`) may import
// benchImportDocuments() instead.
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pipeline } from 'node:stream/promises';
import { withPgClient } from '../db/pg-client.ts';
import { from as copyFrom } from 'pg-copy-streams';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = path.join(ROOT, 'bench', 'data');

const SECTIONS = ['办公室', '安全生产科', '应急管理科', '执法大队', '防汛防台办'];
const ATTRIBUTES = ['主动公开', '依申请公开', '不予公开'];
/** The ledger's columns in the order the CSV has them (canonical Chinese headers). */
const COLUMNS: [string, string][] = [
  ['记录编号', 'record_key'], ['科室', 'section'], ['文号', 'doc_no'], ['标题', 'title'], ['类型', 'kind'], ['信息类别', 'category'],
  ['形成日期', 'formed_on'], ['公开属性', 'attribute'], ['不公开理由', 'exempt_reason'], ['报送日期', 'submitted_on'],
  ['保密审查日期', 'reviewed_on'], ['审查人', 'reviewer'], ['审定日期', 'approved_on'], ['审定领导', 'approved_by'],
  ['发布日期', 'published_on'], ['发布渠道', 'channel'], ['链接', 'url'], ['索引号', 'index_no'],
];

/** A documents ledger already in canonical form, so COPY can load the very same file. */
export async function writeDocumentsCsv(rows: number, file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write(`${COLUMNS.map(([zh]) => zh).join(',')}\n`);
  const day0 = Date.UTC(2023, 0, 1);
  for (let i = 0; i < rows; i++) {
    const day = new Date(day0 + (i % 700) * 86_400_000).toISOString().slice(0, 10);
    const attribute = ATTRIBUTES[i % 3]!;
    const line = `R${i},${SECTIONS[i % 5]},普应急〔2024〕${i}号,关于开展第${i}次安全生产检查的通知,公文,其他,${day},${attribute},${attribute === '不予公开' ? '属于过程性信息' : ''},${day},${day},张三,${day},李四,${attribute === '主动公开' ? day : ''},门户网站,https://yjj.example.gov.cn/${i},11310107MB2F12345X/2024-${i}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}


/** The importer in a child process of its own, so its peak memory is its own. */
function runImporter(url: string, file: string): Promise<{ seconds: number; maxRssMb: number; loaded: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'import-child.ts'), url, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!)) : reject(new Error(`importer exited ${code}`)))),
  );
}

export interface ImportBenchResult {
  rows: number;
  copy: { seconds: number; rowsPerSecond: number };
  import: { seconds: number; rowsPerSecond: number; maxRssMb: number };
  ratio: number;
}

export async function benchImportDocuments(rows: number, server: string): Promise<ImportBenchResult> {
  await mkdir(DATA, { recursive: true });
  const file = path.join(DATA, `documents-${rows}.csv`);
  if (!existsSync(file)) await writeDocumentsCsv(rows, file);

  const database = `gk_bench_import_${process.pid}`;
  await withPgClient(server, (c) => c.query(`create database ${database}`));
  const url = new URL(server);
  url.pathname = `/${database}`;
  try {
    // The schema, migrated by the application itself; then the two agencies.
    const { openDatabase } = await import('../db/connection.ts');
    const gk = await openDatabase(url.toString());
    await gk.close();
    const copySeconds = await withPgClient(url.toString(), async (c) => {
      await c.query(`insert into agency (code, name) values ('bench-copy', 'bench-copy'), ('bench', 'bench')`);
      // COPY cannot fill a constant column: the agency comes from a default, for this database only.
      await c.query(`alter table document alter column agency set default 'bench-copy'`);
      const started = performance.now();
      await pipeline(createReadStream(file), c.query(copyFrom(`copy document (${COLUMNS.map(([, en]) => en).join(', ')}) from stdin with (format csv, header true)`)));
      return (performance.now() - started) / 1000;
    });
    const imported = await runImporter(url.toString(), file);
    if (imported.loaded !== rows) throw new Error(`imported ${imported.loaded} of ${rows} rows`);
    const copy = { seconds: round(copySeconds), rowsPerSecond: Math.round(rows / copySeconds) };
    const mine = { seconds: round(imported.seconds), rowsPerSecond: Math.round(rows / imported.seconds), maxRssMb: imported.maxRssMb };
    return { rows, copy, import: mine, ratio: round(mine.rowsPerSecond / copy.rowsPerSecond) };
  } finally {
    await withPgClient(server, (c) => c.query(`drop database if exists ${database} with (force)`));
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const argument = (name: string) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const rows = Number(argument('--rows') ?? 1_000_000);
  const server = argument('--server') ?? process.env.GONGKAI_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  console.log(JSON.stringify(await benchImportDocuments(rows, server)));
}
