// Generated fuzz: a few thousand request rows with seeded mutations (bad dates, unknown channels, negative
// fees, empty required cells, quotes, line breaks, tabs, backslashes, NULs, stray unicode, duplicate
// keys). Whatever the mix, every row read is loaded, updated, rejected or superseded by a later duplicate,
// and every good row is in the ledger.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnDatabases } from '../helpers/databases.ts';
import { importLedgerFile } from '../../importers/index.ts';
import { countRows, REQUEST_HEADER, tempFolder, writeCsv, writeJson, type Rows } from './fixtures.ts';

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 20241008;
const ROWS = 3000;

const GARBAGE = ['"', '""', ',', '\n', '\r\n', '\t', '\\', '\\N', '\u0000', '😀', '\u3000', '　', '“引号”', '，', 'NULL', '-', '/', '无', '〔2024〕', ' '];
const BAD = {
  date: ['2024-13-01', '2024-02-30', '明天', '13/13/2024', '0'],
  channel: ['飞鸽传书', '邮寄', '口头'],
  fee: ['-1', '-0.01', '免费', '1e3元'],
  applicant: ['外星人', '机关'],
  outcome: ['已处理', '办结', '不予处理-属于国家秘密'],
};
const GOOD = {
  channel: ['当面', '网络', '网上申请', '挂号信', 'EMS', '平信', '传真', '政务网'],
  applicant: ['自然人', '公民', '商业企业', '公司', '科研机构', '社会公益组织', '律师事务所', '其他'],
  outcome: ['予以公开', '部分公开', '不予公开-属于国家秘密', '本机关不掌握相关政府信息', '重复申请', '其他处理', ''],
};

interface Generated {
  rows: Rows;
  /** Keys of rows written without a mutation, whose key no other row shares. */
  cleanKeys: Set<string>;
}

function generate(random: () => number): Generated {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const day = () => `2024-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const rows: Rows = [REQUEST_HEADER];
  const keys: string[] = [];
  const clean = new Map<string, boolean>();
  for (let i = 0; i < ROWS; i++) {
    const reuse = keys.length > 0 && random() < 0.03;
    const key = reuse ? pick(keys) : `FZ-${i}`;
    keys.push(key);
    const row: string[] = [key, pick(GOOD.applicant), pick(GOOD.channel), day(), day(), random() < 0.5 ? day() : '', pick(GOOD.outcome), random() < 0.8 ? '0' : `${Math.floor(random() * 100)}元`, `申请公开第${i}项信息`];
    let mutated = false;
    for (let c = 0; c < row.length; c++) {
      if (random() >= 0.04) continue;
      mutated = true;
      const kind = random();
      if (kind < 0.3) row[c] = row[c]! + pick(GARBAGE) + pick(GARBAGE);
      else if (kind < 0.45) row[c] = '';
      else if (c === 3 || c === 4 || c === 5) row[c] = pick(BAD.date);
      else if (c === 1) row[c] = pick(BAD.applicant);
      else if (c === 2) row[c] = pick(BAD.channel);
      else if (c === 6) row[c] = pick(BAD.outcome);
      else if (c === 7) row[c] = pick(BAD.fee);
      else row[c] = pick(GARBAGE).repeat(1 + Math.floor(random() * 5));
    }
    if (mutated || reuse) clean.set(key, false);
    else if (!clean.has(key)) clean.set(key, true);
    rows.push(row);
  }
  // A key used twice is not "clean" even when both rows are.
  const seen = new Map<string, number>();
  for (const row of rows.slice(1)) seen.set(String(row[0]), (seen.get(String(row[0])) ?? 0) + 1);
  return { rows, cleanKeys: new Set([...clean].filter(([k, ok]) => ok && seen.get(k) === 1).map(([k]) => k)) };
}

describeOnDatabases('importers: generated fuzz', (use) => {
  let folder: Awaited<ReturnType<typeof tempFolder>>;
  beforeAll(async () => {
    folder = await tempFolder('fuzz');
  });
  afterAll(async () => folder.remove());

  it.each([
    ['csv', SEED],
    ['jsonl', SEED + 1],
  ] as const)('%s, seed %i: loaded + updated + rejected + superseded = read, and no good row lost', async (format, seed) => {
    const { rows, cleanKeys } = generate(prng(seed));
    const file = format === 'csv' ? await writeCsv(folder.file(`fuzz-${seed}.csv`), rows) : await writeJson(folder.file(`fuzz-${seed}.jsonl`), rows, true);
    const agency = `fuzz-${format}`;
    const summary = await importLedgerFile(use(), { agency, kind: 'requests', file });
    const superseded = summary.duplicates.reduce((n, d) => n + d.rows.length - 1, 0);

    // A row whose every cell was emptied is no row at all; the generator makes none that blank.
    expect(summary.rowsRead, `seed ${seed}`).toBe(ROWS);
    expect(summary.loaded + summary.updated + summary.rejected + superseded, `seed ${seed}`).toBe(summary.rowsRead);
    expect(summary.rejected).toBeGreaterThan(100);
    expect(summary.loaded).toBeGreaterThan(2000);
    expect(await countRows(use(), 'request', agency)).toBe(summary.loaded);
    expect(await countRows(use(), 'import_reject', agency)).toBe(summary.rejected);
    for (const reject of summary.rejects) {
      expect(reject.row).toBeGreaterThan(1);
      for (const reason of reject.reasons) expect(reason.column.length).toBeGreaterThan(0);
    }
    const loadedKeys = new Set((await use().db.selectFrom('request').select('request_no').where('agency', '=', agency).execute()).map((r) => r.request_no));
    const lost = [...cleanKeys].filter((k) => !loadedKeys.has(k));
    expect(lost, `seed ${seed}`).toEqual([]);
  });
});
