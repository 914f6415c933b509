// data-samples/: the manifest names files that exist, every planted subject is in its ledger file, the
// dates the plan gives are the ones in the files, the due dates and lateness agree with the working-day
// calendar (on both databases), and the committed files are exactly what generate.ts produces.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { addWorkdays, workdaysBetween } from '../../db/calendar/workdays.ts';
import { normaliseDate } from '../../importers/values/dates.ts';
import { buildSamples, SAMPLES_DIR, type ManifestEntry, type Planted } from '../../data-samples/generate.ts';
import { describeOnDatabases } from '../helpers/databases.ts';

type Row = Record<string, unknown>;

const manifest = JSON.parse(readFileSync(path.join(SAMPLES_DIR, 'manifest.json'), 'utf8')) as ManifestEntry[];
const planted = JSON.parse(readFileSync(path.join(SAMPLES_DIR, 'planted.json'), 'utf8')) as Planted;

/** UTF-8 when it decodes as UTF-8, else GBK (as the importer detects it). */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'gbk');
  }
}

async function readLedger(file: string): Promise<Row[]> {
  const bytes = readFileSync(path.join(SAMPLES_DIR, file));
  if (file.endsWith('.csv')) return parse(decode(bytes), { columns: true, bom: true, skip_empty_lines: true }) as Row[];
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  // The header is the first row that names the register's key column (a title row sits above it).
  let headerRow = 0;
  ws.eachRow((row, n) => {
    if (!headerRow && (row.values as unknown[]).some((v) => v === '登记编号' || v === '申请编号')) headerRow = n;
  });
  expect(headerRow, `${file}: no header row`).toBeGreaterThan(1);
  const header = (ws.getRow(headerRow).values as unknown[]).map((v) => (v == null ? '' : String(v)));
  const rows: Row[] = [];
  ws.eachRow((row, n) => {
    if (n <= headerRow) return;
    const values = row.values as unknown[];
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null]).filter(([h]) => h !== '')));
  });
  return rows;
}

const KEY_COLUMNS: Record<string, string[]> = {
  documents: ['记录编号'],
  requests: ['申请编号', '登记编号'],
  publications: ['记录编号'],
  'annual-reports': ['年度'],
};

/** The column each rule's actual date comes from (FORMATS.md names and their synonyms used in the files). */
const ACTUAL_COLUMN: Record<string, string[]> = {
  'doc/submission-late': ['报送日期'],
  'doc/release-late': ['发布日期'],
  'doc/proactive-late': ['发布日期'],
  'doc/published-without-review': ['保密审查日期'],
  'doc/published-without-approval': ['审定日期'],
  'doc/interpretation-missing': ['解读发布日期'],
  'req/answer-late': ['答复日期'],
  'req/extension-unapproved': ['答复日期'],
  'req/extension-late-approval': ['延期审批日期'],
  'req/extension-not-notified': ['延期告知日期'],
  'req/correction-notice-late': ['补正告知日期'],
  'req/receipt-confirmation-late': ['收到日期'],
  'req/not-archived': ['归档日期'],
  'report/annual-late': ['发布日期'],
  'report/annual-missing': ['发布日期'],
};

const ledgers = new Map<string, Row[]>();
const ledgerFile = (agency: string, kind: string) => manifest.find((m) => m.agency === agency)?.files.find((f) => f.kind === kind)?.path;

beforeAll(async () => {
  for (const entry of manifest) for (const f of entry.files) ledgers.set(f.path, await readLedger(f.path));
});

function findRow(agency: string, ledger: string, subject: string): Row | undefined {
  const file = ledgerFile(agency, ledger);
  if (!file) return undefined;
  const rows = ledgers.get(file) ?? [];
  if (ledger === 'publications' && subject.includes('/')) {
    const [channel, column] = subject.split('/');
    return rows.find((r) => r['渠道'] === channel && r['栏目'] === column);
  }
  return rows.find((r) => KEY_COLUMNS[ledger]!.some((k) => r[k] != null && String(r[k]) === subject));
}

describe('data-samples manifest', () => {
  it('lists the two seed bureaus with their profiles', () => {
    expect(manifest.map((m) => [m.agency, m.profile])).toEqual([
      ['putuo-yjj', 'shanghai-putuo'],
      ['wujiang-yjj', 'suzhou-wujiang-2023'],
    ]);
    expect(planted.agencies).toEqual(manifest.map((m) => ({ agency: m.agency, profile: m.profile })));
  });

  it('names files that exist, of known kinds', () => {
    for (const entry of manifest) {
      for (const f of entry.files) {
        expect(['documents', 'requests', 'publications', 'annual-reports']).toContain(f.kind);
        expect(existsSync(path.join(SAMPLES_DIR, f.path)), f.path).toBe(true);
      }
    }
  });

  it('holds hundreds of rows per ledger', () => {
    for (const [file, rows] of ledgers) {
      if (file.includes('annual-reports')) expect(rows.map((r) => r['年度'])).toEqual(['2023', '2024', '2025']);
      else expect(rows.length, file).toBeGreaterThanOrEqual(150);
    }
  });

  it('keeps each annual report text beside its ledger', () => {
    for (const row of ledgers.get('wujiang/annual-reports.csv')!) {
      expect(existsSync(path.join(SAMPLES_DIR, 'wujiang', String(row['全文']))), String(row['全文'])).toBe(true);
    }
  });

  it('has every planted subject in its ledger file', () => {
    const missing = [...planted.violations, ...planted.clean].filter((p) => !findRow(p.agency, p.ledger, p.subject)).map((p) => `${p.agency} ${p.ledger} ${p.subject}`);
    expect(missing).toEqual([]);
  });

  it('gives dates that the files hold', () => {
    const wrong: string[] = [];
    for (const v of planted.violations) {
      const columns = ACTUAL_COLUMN[v.rule];
      if (!columns || v.ledger === 'publications') continue;
      const row = findRow(v.agency, v.ledger, v.subject)!;
      const column = columns.find((c) => c in row);
      if (!column) {
        wrong.push(`${v.rule} ${v.subject}: no ${columns.join('/')} column`);
        continue;
      }
      const inFile = normaliseDate(row[column]);
      if (inFile !== v.actual) wrong.push(`${v.rule} ${v.subject}: ${column} ${inFile} ≠ actual ${v.actual}`);
    }
    expect(wrong).toEqual([]);
  });

  it('plants at least one violation of every rule each profile enables for the ledgers it has', () => {
    const rules = (agency: string) => new Set(planted.violations.filter((v) => v.agency === agency).map((v) => v.rule));
    expect([...rules('putuo-yjj')].filter((r) => r.startsWith('doc/')).length).toBe(13);
    expect(rules('putuo-yjj').has('pub/column-stale')).toBe(true);
    const wujiang = rules('wujiang-yjj');
    expect([...wujiang].filter((r) => r.startsWith('req/')).length).toBe(13);
    expect([...wujiang].filter((r) => r.startsWith('report/')).length).toBe(6);
    expect([...wujiang].filter((r) => r.startsWith('pub/')).length).toBe(4);
    expect([...wujiang].filter((r) => r.startsWith('doc/')).length).toBe(11);
  });
});

describeOnDatabases('data-samples planted due dates', (use) => {
  it('agree with the working-day calendar', async () => {
    const { db } = use();
    const wrong: string[] = [];
    for (const v of planted.violations) {
      if (v.basis?.kind === 'workdays') {
        const due = await addWorkdays(db, v.basis.from, v.basis.workdays);
        if (due !== v.due) wrong.push(`${v.rule} ${v.subject}: wd(${v.basis.from}, ${v.basis.workdays}) = ${due}, planted ${v.due}`);
      }
      if (v.due && v.lateWorkdays !== null) {
        const late = await workdaysBetween(db, v.due, v.actual ?? planted.asOf);
        if (late !== v.lateWorkdays) wrong.push(`${v.rule} ${v.subject}: late ${late}, planted ${v.lateWorkdays}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('data-samples/generate.ts', () => {
  it('reproduces the committed files byte for byte', async () => {
    const { files } = await buildSamples();
    const stale = [...files].filter(([rel, bytes]) => !existsSync(path.join(SAMPLES_DIR, rel)) || !readFileSync(path.join(SAMPLES_DIR, rel)).equals(bytes)).map(([rel]) => rel);
    expect(stale, 'run: npx tsx data-samples/generate.ts').toEqual([]);
  }, 180_000); // opens its own embedded database and builds every ledger
});
