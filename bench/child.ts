// One measured step of `npm run bench`, in a process of its own so that its peak resident memory is its
// own: `node --import tsx bench/child.ts <step> '<json args>'`. Prints one JSON line (the last line of
// stdout) with the step's timings and `maxRssMb` (process.resourceUsage().maxRSS at exit). Steps:
//   import     importLedgerFile of one documents CSV into a fresh agency          (the importer line)
//   copy       the database's own COPY of the same file into a plain table       (its baseline)
//   load       every ledger file of every agency through the importers, then ANALYZE
//   catalogue  runRules for every agency, and the one-query scan baseline, interleaved, `reps` times
//   api        p50/p95 of the overview and the findings list over HTTP, and of SELECT 1
//   export     the evaluation sheet (exportEvaluation) to a file
//   bare       ExcelJS's streaming writer alone, writing the same cells read back from that file
//   render     the overview's first chart in Chromium vs the log-in page (bench/render.ts)
import { createReadStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createInterface } from 'node:readline';
import { sql } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import { openDatabase, type Gk } from '../db/connection.ts';
import { importLedgerFile } from '../importers/index.ts';
import { runRules } from '../rules/engine/run.ts';
import { RULES } from '../rules/index.ts';
import { resolveProfile } from '../rules/profiles/index.ts';
import { DOCUMENT_COLUMNS } from './gen/documents.ts';
import { documentsRelation } from '../rules/ledgers/documents.ts';
import { requestsRelation } from '../rules/ledgers/requests.ts';
import { columnsRelation, publicationsRelation } from '../rules/ledgers/publications.ts';
import type { LedgerRelation } from '../rules/ledgers/relation.ts';
import { countDifferences, loadCity, readManifest } from './load.ts';

type Args = Record<string, unknown> & { db: string };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};
const seconds = (since: number) => (performance.now() - since) / 1000;

/** The scan the catalogue is compared with: each ledger once, joined to calendar_day for one deadline. */
export const BASELINE_SCAN = sql<{ documents: number; requests: number; publications: number }>`
  select
    (select count(*) + coalesce(sum(c2.ordinal - c1.ordinal), 0)
       from document d
       left join calendar_day c1 on c1.day = greatest(d.formed_on, d.changed_on)
       left join calendar_day c2 on c2.is_workday and c2.ordinal = c1.ordinal + 20)::float8 as documents,
    (select count(*) + coalesce(sum(c2.ordinal - c1.ordinal), 0)
       from request r
       left join calendar_day c1 on c1.day = coalesce(r.correction_received_on, r.received_on)
       left join calendar_day c2 on c2.is_workday and c2.ordinal = c1.ordinal + 20)::float8 as requests,
    (select count(*) from publication p left join calendar_day c on c.day = p.published_on)::float8 as publications`;

async function importStep(a: Args) {
  const gk = await openDatabase(a.db);
  try {
    const started = performance.now();
    const summary = await importLedgerFile(gk, { agency: 'bench-import', kind: 'documents', file: String(a.file), user: 'bench', rejectsDir: tmpdir() });
    return { seconds: seconds(started), rows: summary.loaded + summary.updated, rejected: summary.rejected };
  } finally {
    await gk.close();
  }
}

/** The database's own COPY of the same CSV into the same ledger table (the baseline the issue names). */
async function copyStep(a: Args) {
  const gk = await openDatabase(a.db);
  const columns = DOCUMENT_COLUMNS.map(([, en]) => en).join(', ');
  const copy = `copy document (${columns}) from STDIN with (format csv, header true)`;
  try {
    // The same table the importer loads, with its key, indexes, agency reference and batch checks: COPY
    // cannot fill a constant column, so the agency comes from a default, in this throw-away database only.
    await sql`insert into agency (code, name) values ('bench-copy', 'bench-copy')`.execute(gk.db);
    await sql`alter table document alter column agency set default 'bench-copy'`.execute(gk.db);
    let started: number;
    if (gk.pgPool) {
      const client = await gk.pgPool.connect();
      try {
        started = performance.now();
        await pipeline(createReadStream(String(a.file)), client.query(copyFrom(copy)));
      } finally {
        client.release();
      }
    } else {
      // PGlite reads COPY input from a blob: the file in ~16 MB pieces cut at line ends, in one transaction.
      const pglite = gk.pglite!;
      const pieces: string[] = [];
      let piece: string[] = [];
      let size = 0;
      let header = true;
      for await (const line of createInterface({ input: createReadStream(String(a.file)), crlfDelay: Infinity })) {
        if (header) {
          header = false;
          continue;
        }
        piece.push(line);
        size += line.length;
        if (size > 16 << 20) {
          pieces.push(`${piece.join('\n')}\n`);
          piece = [];
          size = 0;
        }
      }
      if (piece.length) pieces.push(`${piece.join('\n')}\n`);
      started = performance.now();
      await pglite.transaction(async (tx) => {
        for (const p of pieces) {
          await tx.query(`copy document (${columns}) from '/dev/blob' with (format csv)`, [], { blob: new Blob([p]) });
        }
      });
    }
    const elapsed = seconds(started);
    const rows = Number((await sql<{ n: string }>`select count(*) as n from document where agency = 'bench-copy'`.execute(gk.db)).rows[0]!.n);
    return { seconds: elapsed, rows };
  } finally {
    await gk.close();
  }
}

async function loadStep(a: Args) {
  const manifest = await readManifest(String(a.data));
  const gk = await openDatabase(a.db);
  try {
    const started = performance.now();
    const ledgers = await loadCity(gk, String(a.data), manifest);
    const loadSeconds = seconds(started);
    // What autovacuum does shortly after a bulk load; the rules' plans need the row counts.
    const analyzed = performance.now();
    await sql`analyze`.execute(gk.db);
    return { seconds: loadSeconds, analyzeSeconds: seconds(analyzed), ledgers };
  } finally {
    await gk.close();
  }
}

async function scan(gk: Gk): Promise<number> {
  const started = performance.now();
  await BASELINE_SCAN.execute(gk.db);
  return seconds(started);
}

/**
 * The second baseline: every agency's ledgers read once as the rules read them — each ledger joined to
 * calendar_day for every due date its rules use, with the agency's own deadline parameters — and nothing
 * else (no rule conditions, no findings). num_nonnulls over the computed columns keeps every join in the
 * plan (an unused left join on a unique key would be removed).
 */
const DEADLINE_RELATIONS: [LedgerRelation, string[]][] = [
  [documentsRelation, ['fc', 'proactive_due', 'submission_due', 'release_due', 'interpretation_due', 'first_portal_any_on', 'first_other_on', 'calendar_gap_year']],
  [requestsRelation, ['start_on', 'paused', 'base_due', 'answer_due', 'correction_due', 'archive_due', 'had_description_column', 'calendar_gap_year']],
  [publicationsRelation, ['is_portal', 'calendar_gap_year']],
  [columnsRelation, ['last_published_on']],
];

async function deadlineScan(gk: Gk, agencies: { code: string; profile: string }[], asOf: string): Promise<number> {
  const started = performance.now();
  for (const agency of agencies) {
    const context = { agency: agency.code, asOf, deadlines: resolveProfile(agency.profile).deadlines };
    for (const [relation, columns] of DEADLINE_RELATIONS) {
      await sql`select count(*), sum(num_nonnulls(${sql.join(columns.map((c) => sql.ref(`x.${c}`)))}))
                from (${relation.relation(context)}) x`.execute(gk.db);
    }
  }
  return seconds(started);
}

async function catalogueStep(a: Args) {
  const manifest = await readManifest(String(a.data));
  const gk = await openDatabase(a.db);
  const reps = Number(a.reps ?? 3);
  const runs: number[] = [];
  const scans: number[] = [];
  const deadlineScans: number[] = [];
  const perAgency: number[] = [];
  let findings = 0;
  const byRule: Record<string, number> = {};
  try {
    await scan(gk); // warm the cache once
    await deadlineScan(gk, manifest.agencies, manifest.asOf);
    for (let rep = 0; rep < reps; rep++) {
      scans.push(await scan(gk));
      deadlineScans.push(await deadlineScan(gk, manifest.agencies, manifest.asOf));
      // Each repetition is a first run: no findings to merge with.
      await sql`truncate finding, rule_run cascade`.execute(gk.db);
      const started = performance.now();
      findings = 0;
      for (const key of Object.keys(byRule)) delete byRule[key];
      for (const agency of manifest.agencies) {
        const t = performance.now();
        const result = await runRules(gk, { agency: agency.code, asOf: manifest.asOf, user: 'bench' });
        findings += result.findings.length;
        for (const f of result.findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
        if (rep === reps - 1) perAgency.push(seconds(t));
      }
      runs.push(seconds(started));
    }
    scans.push(await scan(gk));
    // The daily case: the same catalogue again over the findings it wrote (merge, keep statuses, resolve).
    const rerunStarted = performance.now();
    for (const agency of manifest.agencies) await runRules(gk, { agency: agency.code, asOf: manifest.asOf, user: 'bench' });
    const rerun = seconds(rerunStarted);
    // Where the time goes: each ledger's scan, the duplicate-text rule, the other report rules (not persisted).
    const breakdown: Record<string, number> = {};
    if (a.breakdown !== false) {
      for (const agency of manifest.agencies) {
        const profile = resolveProfile(agency.profile);
        const groups = new Map<string, string[]>();
        for (const id of profile.rules.keys()) {
          const rule = RULES[id]!;
          const key = rule.kind === 'row' ? `scan:${rule.meta.ledger === 'columns' ? 'publications' : rule.meta.ledger}` : id === 'report/annual-duplicate' ? id : 'report/other';
          groups.set(key, [...(groups.get(key) ?? []), id]);
        }
        for (const [key, only] of groups) {
          const t = performance.now();
          await runRules(gk, { agency: agency.code, asOf: manifest.asOf, only, persist: false });
          breakdown[key] = (breakdown[key] ?? 0) + seconds(t);
        }
      }
    }
    const expected = Object.values(manifest.expected.total).reduce((x, y) => x + y, 0);
    return {
      rerun,
      breakdown,
      catalogue: { median: median(runs), runs },
      scan: { median: median(scans), runs: scans },
      ratio: median(runs) / median(scans),
      deadlineScan: { median: median(deadlineScans), runs: deadlineScans },
      deadlineRatio: median(runs) / median(deadlineScans),
      findings,
      expectedFindings: expected,
      differences: countDifferences(manifest.expected.total, byRule),
      slowestAgencySeconds: Math.max(...perAgency),
      medianAgencySeconds: median(perAgency),
    };
  } finally {
    await gk.close();
  }
}

async function apiStep(a: Args) {
  const manifest = await readManifest(String(a.data));
  const gk = await openDatabase(a.db);
  const { buildApp } = await import('../server/app.ts');
  const { createAccount } = await import('../server/auth/users.ts');
  const { openSession } = await import('../server/auth/sessions.ts');
  const { SESSION_COOKIE } = await import('../server/auth/cookies.ts');
  const n = Number(a.requests ?? 200);
  const largest = [...manifest.agencies].sort((x, y) => y.documents - x.documents)[0]!;
  const app = await buildApp({ gk, closeDatabaseOnExit: false });
  // The floor of any API call: the same server, one SELECT 1, no auth.
  app.get('/bench/select1', async () => (await sql`select 1 as one`.execute(app.gk.db)).rows[0]);
  try {
    await sql`delete from app_user where login in ('bench-leader', 'bench-admin')`.execute(gk.db);
    const leader = await createAccount(gk.db, { login: 'bench-leader', role: 'leader', agency: largest.code, section: null, password: 'bench-password-1' });
    const admin = await createAccount(gk.db, { login: 'bench-admin', role: 'office', agency: null, section: null, password: 'bench-password-1' });
    const cookie = async (userId: number) => `${SESSION_COOKIE}=${(await openSession(gk.db, userId, { ip: '127.0.0.1', userAgent: 'bench' })).token}`;
    const leaderCookie = await cookie(leader.id);
    const adminCookie = await cookie(admin.id);
    const address = await app.listen({ host: '127.0.0.1', port: 0 });

    const time = async (work: () => Promise<void>) => {
      for (let i = 0; i < Math.min(20, n); i++) await work();
      const xs: number[] = [];
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        await work();
        xs.push(performance.now() - t);
      }
      return { p50: quantile(xs, 0.5), p95: quantile(xs, 0.95), n };
    };
    const get = (url: string, cookieHeader: string | null) => async () => {
      const response = await fetch(`${address}${url}`, { headers: cookieHeader ? { cookie: cookieHeader } : {} });
      if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
    };
    const select1 = await time(async () => {
      await sql`select 1`.execute(gk.db);
    });
    const http = await time(get('/bench/select1', null));
    const overview = await time(get(`/api/overview?agency=${largest.code}`, leaderCookie));
    const findings = await time(get(`/api/findings?agency=${largest.code}&page=1&pageSize=50`, leaderCookie));
    const findingsLast = await time(get(`/api/findings?agency=${largest.code}&page=20&pageSize=50`, leaderCookie));
    const overviewAll = await time(get('/api/overview', adminCookie));
    const findingsAll = await time(get('/api/findings?page=1&pageSize=50', adminCookie));
    const counts = (await sql<{ agency: string | null; n: number }>`
      select agency, count(*)::int as n from finding group by rollup(agency)`.execute(gk.db)).rows;
    return {
      agency: largest.code,
      agencyFindings: counts.find((c) => c.agency === largest.code)?.n ?? 0,
      totalFindings: counts.find((c) => c.agency === null)?.n ?? 0,
      select1,
      httpSelect1: http,
      overview,
      findings,
      findingsPage20: findingsLast,
      overviewAllAgencies: overviewAll,
      findingsAllAgencies: findingsAll,
    };
  } finally {
    await app.close();
    await gk.close();
  }
}

async function exportStep(a: Args) {
  const { exportEvaluation } = await import('../reports/evaluation/index.ts');
  const gk = await openDatabase(a.db);
  const out = String(a.out);
  try {
    const started = performance.now();
    const result = await exportEvaluation(gk.db, {
      year: Number(a.year),
      period: a.from ? { from: String(a.from), to: String(a.to) } : undefined,
      output: { file: out },
      exportedOn: '2026-01-05',
    });
    const exportSeconds = seconds(started);
    // The database's share: the same appraisals and evidence rows, read and dropped.
    const { computeAppraisal } = await import('../reports/appraisal/index.ts');
    const { forEachEvidenceBatch } = await import('../reports/appraisal/evidence.ts');
    const { loadDefaultScheme } = await import('../reports/appraisal/index.ts');
    const scheme = loadDefaultScheme();
    const period = a.from ? { from: String(a.from), to: String(a.to) } : { from: `${a.year}-01-01`, to: `${a.year}-12-31` };
    const read = performance.now();
    for (const appraisal of result.appraisals) {
      await computeAppraisal(gk.db, { agency: appraisal.agency.code, year: Number(a.year), scheme, period, withFindingIds: false });
      await forEachEvidenceBatch(gk.db, { agency: appraisal.agency.code, period, scheme }, () => {});
    }
    return {
      seconds: exportSeconds,
      databaseSeconds: seconds(read),
      evidenceRows: result.evidenceRows,
      agencies: result.appraisals.length,
      bytes: (await stat(out)).size,
    };
  } finally {
    await gk.close();
  }
}

/** The same cells (values and formulas, every sheet) with ExcelJS's bare streaming writer: no styles, merges or page setup. */
async function bareStep(a: Args) {
  const ExcelJS = (await import('exceljs')).default;
  const sheets: { name: string; rows: unknown[][] }[] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(String(a.file), { sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit' });
  let cells = 0;
  for await (const worksheet of reader) {
    const rows: unknown[][] = [];
    const ws = worksheet as unknown as AsyncIterable<{ values: unknown[] }> & { name: string };
    for await (const row of ws) {
      const values = (row.values as unknown[]).slice(1);
      cells += values.filter((v) => v !== undefined && v !== null).length;
      rows.push(values);
    }
    sheets.push({ name: ws.name, rows });
  }
  const out = String(a.out);
  const started = performance.now();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: false, useSharedStrings: false });
  sheets.forEach((s, i) => {
    const sheet = workbook.addWorksheet(s.name || `Sheet${i + 1}`);
    for (const values of s.rows) sheet.addRow(values).commit();
    sheet.commit();
  });
  await workbook.commit();
  return { seconds: seconds(started), cells, rows: sheets.reduce((n, s) => n + s.rows.length, 0), bytes: (await stat(out)).size };
}

const STEPS: Record<string, (a: Args) => Promise<Record<string, unknown>>> = {
  import: importStep,
  copy: copyStep,
  load: loadStep,
  catalogue: catalogueStep,
  api: apiStep,
  export: exportStep,
  bare: bareStep,
  render: async (a) => ({ ...(await (await import('./render.ts')).renderStep(a)) }),
};

const [step, json] = process.argv.slice(2);
const work = STEPS[step ?? ''];
if (!work) {
  console.error(`unknown step ${step}; one of ${Object.keys(STEPS).join(', ')}`);
  process.exit(2);
}
const args = JSON.parse(json ?? '{}') as Args;
if (args.mkdir) await mkdir(String(args.mkdir), { recursive: true });
const result = await work(args);
if (args.cleanup) await rm(String(args.cleanup), { recursive: true, force: true });
console.log(JSON.stringify({ ...result, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
// PGlite and pg can leave handles; the step is over.
process.exit(0);
