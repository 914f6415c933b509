// npm run bench -- [--scale default|1m|5m] [--documents N --requests N --agencies N] [--seed 1] [--reps 3]
//   [--db pglite,postgres] [--steps import,catalogue,api,export,render] [--server postgres://…/test] [--data dir]
//
// Generates (or reuses) a synthetic city (bench/generate.ts), then on each database measures every goal of
// the other issues as a ratio to its physical baseline in the same run, each step in a child process of its
// own (bench/child.ts) so that its peak RSS is its own; `reps` repetitions, medians:
//   import     importLedgerFile of all the city's documents as one CSV  vs  the database's COPY of that file
//   catalogue  runRules for every agency                                 vs  each agency's ledgers read once,
//                                                                            joined to calendar_day for every
//                                                                            due date the rules use (and, for
//                                                                            information, one bare query with
//                                                                            one deadline per row)
//   api        p95 of /api/overview and /api/findings (HTTP on loopback) vs  p95 of a SELECT 1 round trip
//   export     the evaluation sheet (exportEvaluation) of the city, and  vs  ExcelJS's bare streaming writer
//              of one agency with 100k findings (bench/evaluation-export.ts)  of the same cells
//   render     the overview's first chart in Chromium                   vs  the log-in page of the same server
// Prints a table (goal, measured, holds) per database and writes bench/results.json.
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type pg from 'pg';
import { withPgClient } from '../db/pg-client.ts';
import { defaultDataDir, GENERATOR_VERSION, LEDGER_FILES, type Manifest } from './gen/index.ts';
import { renderRows, type RenderResult } from './render.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCALES = {
  default: { documents: 100_000, requests: 20_000, agencies: 20 },
  '1m': { documents: 1_000_000, requests: 200_000, agencies: 50 },
  '5m': { documents: 5_000_000, requests: 1_000_000, agencies: 50 },
} as const;

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'default' },
    documents: { type: 'string' },
    requests: { type: 'string' },
    agencies: { type: 'string' },
    seed: { type: 'string', default: '1' },
    reps: { type: 'string', default: '3' },
    db: { type: 'string', default: 'pglite,postgres' },
    steps: { type: 'string', default: 'import,catalogue,api,export,render' },
    server: { type: 'string' },
    data: { type: 'string' },
    out: { type: 'string' },
  },
});
const scale = SCALES[values.scale as keyof typeof SCALES];
if (!scale) throw new Error(`--scale is one of ${Object.keys(SCALES).join(', ')}`);
const size = {
  documents: Number(values.documents ?? scale.documents),
  requests: Number(values.requests ?? scale.requests),
  agencies: Number(values.agencies ?? scale.agencies),
  seed: Number(values.seed),
};
const reps = Number(values.reps);
const databases = values.db!.split(',').map((d) => d.trim()) as ('pglite' | 'postgres')[];
const steps = new Set(values.steps!.split(',').map((s) => s.trim()));
const SERVER = values.server ?? process.env.GONGKAI_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const dataDir = path.resolve(values.data ?? defaultDataDir(ROOT, size));
const work = path.join(tmpdir(), `gk-bench-${process.pid}`);
const resultsFile = path.resolve(values.out ?? path.join(ROOT, 'bench', 'results.json'));

const log = (text: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)} load ${loadavg()[0]!.toFixed(1)}] ${text}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const loads: number[] = [];
/** The evaluation sheet's own case (the issue's goal): one agency, this many findings. */
const EVALUATION_FINDINGS = 100_000;

/** Runs a child (bench/child.ts step, or any script) and returns its last stdout line as JSON. */
function child<T = Record<string, unknown>>(script: string, args: string[]): Promise<T & { maxRssMb: number; wallSeconds: number }> {
  const started = performance.now();
  loads.push(loadavg()[0]!);
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', script), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    proc.stdout.on('data', (c: Buffer) => (out += c.toString()));
    proc.stderr.on('data', (c: Buffer) => (err += c.toString()));
    proc.on('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`${script} ${args[0]} exited ${code}\n${err.slice(-4000)}`));
      try {
        resolve({ ...(JSON.parse(last) as T & { maxRssMb: number }), wallSeconds: (performance.now() - started) / 1000 });
      } catch {
        reject(new Error(`${script} ${args[0]}: no JSON result\n${out.slice(-2000)}\n${err.slice(-2000)}`));
      }
    });
  });
}
const step = <T = Record<string, unknown>>(name: string, args: Record<string, unknown>) => child<T>('child.ts', [name, JSON.stringify(args)]);

const admin = <T>(work: (c: pg.Client) => Promise<T>): Promise<T> => withPgClient(SERVER, work);

/** A fresh database: a PGlite directory, or a PostgreSQL database on the server. */
async function freshDatabase(kind: 'pglite' | 'postgres', name: string): Promise<{ spec: string; drop(): Promise<void> }> {
  if (kind === 'pglite') {
    const dir = path.join(work, name);
    await rm(dir, { recursive: true, force: true });
    return { spec: dir, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const db = `gk_bench_${process.pid}_${name.replace(/\W/g, '_')}`;
  await admin((c) => c.query(`drop database if exists ${db} with (force)`).then(() => c.query(`create database ${db}`)));
  const url = new URL(SERVER);
  url.pathname = `/${db}`;
  return { spec: url.toString(), drop: () => admin((c) => c.query(`drop database if exists ${db} with (force)`)).then(() => {}) };
}

// ---------------------------------------------------------------------------------------------------------
// Data

async function ensureData(): Promise<Manifest> {
  const file = path.join(dataDir, 'expected.json');
  if (existsSync(file)) {
    const manifest = JSON.parse(await readFile(file, 'utf8')) as Manifest;
    const o = manifest.options;
    if (manifest.generatorVersion === GENERATOR_VERSION && o.documents === size.documents && o.requests === size.requests && o.agencies === size.agencies && o.seed === size.seed) {
      log(`reusing ${dataDir}`);
      return manifest;
    }
  }
  log(`generating ${size.documents} documents, ${size.requests} requests, ${size.agencies} agencies into ${dataDir}`);
  const generated = await child<{ seconds?: number }>('generate.ts', [
    '--documents', String(size.documents), '--requests', String(size.requests), '--agencies', String(size.agencies),
    '--seed', String(size.seed), '--out', dataDir, '--json',
  ]);
  log(`generated in ${generated.wallSeconds.toFixed(0)} s, peak RSS ${generated.maxRssMb} MB`);
  return JSON.parse(await readFile(file, 'utf8')) as Manifest;
}

/** All agencies' documents as one canonical CSV (and its first tenth), for the import measurement. */
async function combinedDocuments(manifest: Manifest): Promise<{ all: string; tenth: string; rows: number; tenthRows: number }> {
  const all = path.join(dataDir, 'documents-all.csv');
  const tenth = path.join(dataDir, 'documents-tenth.csv');
  const rows = manifest.totals.documents;
  const tenthRows = Math.floor(rows / 10);
  if (!existsSync(all) || !existsSync(tenth)) {
    const outAll = createWriteStream(all);
    const outTenth = createWriteStream(tenth);
    let written = 0;
    let first = true;
    for (const agency of manifest.agencies) {
      let header = true;
      for await (const line of createInterface({ input: createReadStream(path.join(dataDir, agency.code, LEDGER_FILES.documents)), crlfDelay: Infinity })) {
        if (header) {
          header = false;
          if (!first) continue;
          first = false;
          outTenth.write(`${line}\n`);
        } else if (written++ < tenthRows && !outTenth.write(`${line}\n`)) await once(outTenth, 'drain');
        if (!outAll.write(`${line}\n`)) await once(outAll, 'drain');
      }
    }
    outAll.end();
    outTenth.end();
    await Promise.all([once(outAll, 'finish'), once(outTenth, 'finish')]);
  }
  return { all, tenth, rows, tenthRows };
}

// ---------------------------------------------------------------------------------------------------------
// Measurements

interface Row {
  figure: string;
  goal: string;
  measured: string;
  holds: boolean | null;
}

async function measure(kind: 'pglite' | 'postgres', manifest: Manifest, docs: Awaited<ReturnType<typeof combinedDocuments>>) {
  const result: Record<string, unknown> = {};
  const rows: Row[] = [];
  const mb = (n: number) => `${Math.round(n)} MB`;

  if (steps.has('import')) {
    const imports: { seconds: number; maxRssMb: number }[] = [];
    const copies: { seconds: number; maxRssMb: number }[] = [];
    for (let rep = 0; rep < reps; rep++) {
      for (const which of ['copy', 'import'] as const) {
        const db = await freshDatabase(kind, `${which}${rep}`);
        try {
          log(`${kind}: ${which} ${docs.rows} documents (${rep + 1}/${reps})`);
          const r = await step<{ seconds: number; rows: number }>(which, { db: db.spec, file: docs.all });
          if (r.rows !== docs.rows) throw new Error(`${which}: ${r.rows} rows of ${docs.rows}`);
          (which === 'copy' ? copies : imports).push(r);
        } finally {
          await db.drop();
        }
      }
    }
    const small = await freshDatabase(kind, 'import-tenth');
    let tenth: { seconds: number; maxRssMb: number };
    try {
      log(`${kind}: import ${docs.tenthRows} documents (memory at a tenth of the size)`);
      tenth = await step<{ seconds: number }>('import', { db: small.spec, file: docs.tenth });
    } finally {
      await small.drop();
    }
    const importSeconds = median(imports.map((r) => r.seconds));
    const copySeconds = median(copies.map((r) => r.seconds));
    const peak = Math.max(...imports.map((r) => r.maxRssMb));
    const share = copySeconds / importSeconds;
    result.import = {
      rows: docs.rows,
      importSeconds,
      copySeconds,
      importRowsPerSecond: docs.rows / importSeconds,
      copyRowsPerSecond: docs.rows / copySeconds,
      shareOfCopy: share,
      runs: { import: imports, copy: copies, tenth },
      peakRssMb: peak,
      peakRssTenthMb: tenth.maxRssMb,
    };
    rows.push(
      {
        figure: `import ${docs.rows} documents, rows/s vs COPY into the same table`,
        goal: '≥ 50% of COPY',
        measured: `${(share * 100).toFixed(0)}% (${Math.round(docs.rows / importSeconds)} vs ${Math.round(docs.rows / copySeconds)} rows/s; ${importSeconds.toFixed(1)} s vs ${copySeconds.toFixed(1)} s)`,
        holds: share >= 0.5,
      },
      {
        figure: 'import peak RSS',
        goal: '< 500 MB, flat',
        measured: `${mb(peak)} at ${docs.rows} rows, ${mb(tenth.maxRssMb)} at ${docs.tenthRows} (×${(peak / tenth.maxRssMb).toFixed(2)}); COPY child ${mb(Math.max(...copies.map((c) => c.maxRssMb)))}`,
        holds: peak < 500 && peak <= tenth.maxRssMb * 1.25 + 50,
      },
    );
  }

  const needsCity = ['catalogue', 'api', 'export', 'render'].some((s) => steps.has(s));
  if (!needsCity) return { result, rows };
  const city = await freshDatabase(kind, 'city');
  try {
    log(`${kind}: loading the city through the importers`);
    const load = await step<{ seconds: number; analyzeSeconds: number; ledgers: Record<string, { rows: number; seconds: number }> }>('load', {
      db: city.spec,
      data: dataDir,
    });
    result.load = load;
    const loadedRows = Object.values(load.ledgers).reduce((n, l) => n + l.rows, 0);
    rows.push({
      figure: 'load the city (every ledger file of every agency)',
      goal: '(information)',
      measured: `${loadedRows} rows in ${load.seconds.toFixed(0)} s (${Math.round(loadedRows / load.seconds)} rows/s), ANALYZE ${load.analyzeSeconds.toFixed(1)} s, peak ${mb(load.maxRssMb)}`,
      holds: null,
    });

    // The catalogue always runs: the API and the export read its findings.
    log(`${kind}: rule catalogue × ${reps} and the scan baseline`);
    const cat = await step<{
      catalogue: { median: number; runs: number[] };
      scan: { median: number; runs: number[] };
      ratio: number;
      deadlineScan: { median: number; runs: number[] };
      deadlineRatio: number;
      findings: number;
      expectedFindings: number;
      slowestAgencySeconds: number;
      medianAgencySeconds: number;
      rerun: number;
      breakdown: Record<string, number>;
      differences: [string, number, number][];
    }>('catalogue', { db: city.spec, data: dataDir, reps: steps.has('catalogue') ? reps : 1 });
    result.catalogue = cat;
    if (steps.has('catalogue')) {
      rows.push(
        {
          figure: `rule catalogue, ${manifest.agencies.length} agencies, vs one scan of the ledgers with every deadline`,
          goal: '≤ 3× one scan',
          measured: `${cat.deadlineRatio.toFixed(2)}× (${cat.catalogue.median.toFixed(2)} s vs ${cat.deadlineScan.median.toFixed(2)} s; agency median ${cat.medianAgencySeconds.toFixed(2)} s, slowest ${cat.slowestAgencySeconds.toFixed(2)} s)`,
          holds: cat.deadlineRatio <= 3,
        },
        {
          figure: 'rule catalogue vs one bare scan (one query, one deadline per row)',
          goal: '(information)',
          measured: `${cat.ratio.toFixed(1)}× (${cat.catalogue.median.toFixed(2)} s vs ${cat.scan.median.toFixed(3)} s)`,
          holds: null,
        },
        {
          figure: 'catalogue findings = planted',
          goal: `${cat.expectedFindings}`,
          measured: `${cat.findings}${cat.differences.length ? ` (rule, planted, found: ${cat.differences.map((d) => d.join(' ')).join('; ')})` : ''}`,
          holds: cat.findings === cat.expectedFindings,
        },
        {
          figure: 'catalogue re-run over its own findings',
          goal: '(information)',
          measured: `${cat.rerun.toFixed(2)} s (${(cat.rerun / cat.scan.median).toFixed(1)}× one scan)`,
          holds: null,
        },
        {
          figure: 'where the catalogue time goes (s, all agencies)',
          goal: '(information)',
          measured: Object.entries(cat.breakdown).sort(([x], [y]) => x.localeCompare(y)).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', '),
          holds: null,
        },
        { figure: 'catalogue peak RSS', goal: '(information)', measured: mb(cat.maxRssMb), holds: null },
      );
    }

    if (steps.has('api')) {
      log(`${kind}: API p95`);
      type Timing = { p50: number; p95: number; n: number };
      const api = await step<{
        agency: string;
        agencyFindings: number;
        totalFindings: number;
        select1: Timing;
        httpSelect1: Timing;
        overview: Timing;
        findings: Timing;
        findingsPage20: Timing;
        overviewAllAgencies: Timing;
        findingsAllAgencies: Timing;
      }>('api', { db: city.spec, data: dataDir, requests: 200 });
      result.api = api;
      const ms = (t: Timing) => `${t.p95.toFixed(1)} ms`;
      for (const [name, t] of [
        [`overview (leader, ${api.agency}: ${api.agencyFindings} findings)`, api.overview],
        ['findings list, page 1', api.findings],
        ['findings list, page 20', api.findingsPage20],
        [`overview, all agencies (${api.totalFindings} findings)`, api.overviewAllAgencies],
        ['findings list, all agencies', api.findingsAllAgencies],
      ] as const) {
        rows.push({
          figure: `API p95 ${name}`,
          goal: '≤ 10× SELECT 1',
          measured: `${(t.p95 / api.select1.p95).toFixed(1)}× (${ms(t)} vs ${ms(api.select1)}; ${(t.p95 / api.httpSelect1.p95).toFixed(1)}× an HTTP route doing SELECT 1, ${ms(api.httpSelect1)})`,
          holds: t.p95 / api.select1.p95 <= 10,
        });
      }
      rows.push({ figure: 'API server peak RSS', goal: '(information)', measured: mb(api.maxRssMb), holds: null });
    }

    if (steps.has('render')) {
      log(`${kind}: overview first render in Chromium`);
      // A machine without Chromium still gets the other figures.
      const render = await step<RenderResult>('render', { db: city.spec, data: dataDir, loads: Math.max(5, reps * 2 + 1) }).catch((error: Error) => ({
        error: error.message.split('\n').slice(0, 3).join(' '),
      }));
      result.render = render;
      rows.push(...renderRows(render));
    }

    if (steps.has('export')) {
      const exports: { seconds: number; databaseSeconds: number; maxRssMb: number; evidenceRows: number }[] = [];
      const bares: { seconds: number; maxRssMb: number; cells: number }[] = [];
      const out = path.join(work, `evaluation-${kind}.xlsx`);
      const bareOut = path.join(work, `bare-${kind}.xlsx`);
      const year = Number(manifest.asOf.slice(0, 4));
      try {
        for (let rep = 0; rep < reps; rep++) {
          log(`${kind}: evaluation sheet (${rep + 1}/${reps})`);
          exports.push(await step('export', { db: city.spec, out, year, from: `${manifest.options.firstYear}-01-01`, to: manifest.asOf }));
          bares.push(await step('bare', { file: out, out: bareOut }));
        }
        const e = median(exports.map((r) => r.seconds));
        const b = median(bares.map((r) => r.seconds));
        const peak = Math.max(...exports.map((r) => r.maxRssMb));
        result.export = { seconds: e, bareSeconds: b, ratio: e / b, evidenceRows: exports[0]!.evidenceRows, cells: bares[0]!.cells, runs: { exports, bares }, peakRssMb: peak, bytes: (await stat(out)).size };
        rows.push(
          {
            figure: `evaluation sheet (${exports[0]!.evidenceRows} evidence rows, ${bares[0]!.cells} cells) vs bare ExcelJS`,
            goal: '≤ 1.5× bare writer',
            measured: `${(e / b).toFixed(2)}× (${e.toFixed(2)} s vs ${b.toFixed(2)} s; reading the appraisals and evidence alone ${median(exports.map((r) => r.databaseSeconds)).toFixed(2)} s)`,
            holds: e / b <= 1.5,
          },
          { figure: 'evaluation sheet peak RSS', goal: '≤ 300 MB', measured: `${mb(peak)} (bare writer child, cells held in memory: ${mb(Math.max(...bares.map((r) => r.maxRssMb)))})`, holds: peak <= 300 },
        );
      } catch (error) {
        const message = (error as Error).message.split('\n').slice(0, 3).join(' ');
        result.export = { error: message };
        rows.push({ figure: 'evaluation sheet vs bare ExcelJS', goal: '≤ 1.5× bare writer', measured: `did not run: ${message.slice(0, 160)}`, holds: false });
      }
    }

    if (steps.has('export')) {
      // The issue's case: one agency with 100k findings behind its deductions (bench/evaluation-export.ts),
      // against ExcelJS's bare streaming writer of the same cells, each in a process of its own, alternating.
      const findings = EVALUATION_FINDINGS;
      const seeded = await freshDatabase(kind, 'evaluation');
      const out = path.join(work, `evaluation-${findings}-${kind}.xlsx`);
      const bareOut = path.join(work, `bare-${findings}-${kind}.xlsx`);
      type Timed = { ms: number; rows: number };
      try {
        log(`${kind}: ${findings} findings for the evaluation sheet`);
        await child('evaluation-export.ts', ['child-seed', seeded.spec, '-', String(findings)]);
        const ours: (Timed & { maxRssMb: number })[] = [];
        const bare: (Timed & { maxRssMb: number })[] = [];
        for (let rep = 0; rep < reps; rep++) {
          log(`${kind}: evaluation sheet of ${findings} findings (${rep + 1}/${reps})`);
          ours.push(await child<Timed>('evaluation-export.ts', ['child-export', seeded.spec, out, String(findings)]));
          bare.push(await child<Timed>('evaluation-export.ts', ['child-bare', seeded.spec, bareOut, String(findings)]));
        }
        const ratios = ours.map((o, i) => o.ms / bare[i]!.ms);
        const ratio = median(ratios);
        const peak = Math.max(...ours.map((r) => r.maxRssMb));
        result.export100k = { ratio, ratios, ours, bare, peakRssMb: peak };
        rows.push(
          {
            figure: `evaluation sheet, ${findings} findings of one agency, vs bare ExcelJS (same cells)`,
            goal: '≤ 1.5× bare writer',
            measured: `${ratio.toFixed(2)}× (${(median(ours.map((r) => r.ms)) / 1000).toFixed(2)} s vs ${(median(bare.map((r) => r.ms)) / 1000).toFixed(2)} s; runs ${ratios.map((r) => r.toFixed(2)).join(', ')})`,
            holds: ratio <= 1.5,
          },
          {
            figure: `evaluation sheet peak RSS, ${findings} findings`,
            goal: '≤ 300 MB',
            measured: `${mb(peak)} (bare writer child: ${mb(Math.max(...bare.map((r) => r.maxRssMb)))})`,
            holds: peak <= 300,
          },
        );
      } catch (error) {
        const message = (error as Error).message.split('\n').slice(0, 3).join(' ');
        result.export100k = { error: message };
        rows.push({ figure: `evaluation sheet, ${findings} findings`, goal: '≤ 1.5× bare writer', measured: `did not run: ${message.slice(0, 160)}`, holds: false });
      } finally {
        await seeded.drop();
      }
    }
  } finally {
    await city.drop();
  }
  return { result, rows };
}

function table(title: string, rows: Row[]): string {
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => [r.figure, r.goal, r.measured][i]!.length), ['figure', 'goal', 'measured'][i]!.length));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 5)).join(' | ')} |`;
  return [
    title,
    line(['figure', 'goal', 'measured', 'holds']),
    line(widths.map((w) => '-'.repeat(w)).concat('-----')),
    ...rows.map((r) => line([r.figure, r.goal, r.measured, r.holds === null ? '' : r.holds ? 'yes' : 'NO'])),
  ].join('\n');
}

const started = performance.now();
await mkdir(work, { recursive: true });
try {
  const manifest = await ensureData();
  const docs = await combinedDocuments(manifest);
  const serverVersion = databases.includes('postgres') ? await admin(async (c) => (await c.query('show server_version')).rows[0].server_version as string) : null;
  const output: Record<string, unknown> = {
    at: new Date().toISOString(),
    size: { ...size, ...manifest.totals },
    reps,
    machine: { cpus: cpus().length, node: process.version, postgres: serverVersion, loadAverageAtStart: loadavg() },
    databases: {},
  };
  const printed: string[] = [];
  for (const kind of databases) {
    const { result, rows } = await measure(kind, manifest, docs);
    (output.databases as Record<string, unknown>)[kind] = { ...result, table: rows };
    const name = kind === 'pglite' ? 'PGlite (embedded, a directory)' : `PostgreSQL ${serverVersion}`;
    const text = table(`\n${name} — ${manifest.totals.documents} documents, ${manifest.totals.requests} requests, ${manifest.totals.publications} publications, ${manifest.agencies.length} agencies; ${reps} repetitions, medians`, rows);
    printed.push(text);
    console.log(text);
  }
  const seconds = (performance.now() - started) / 1000;
  output.seconds = seconds;
  output.loadAverage = { atStepStarts: loads, median: median(loads), max: Math.max(...loads) };
  await writeFile(resultsFile, `${JSON.stringify(output, null, 2)}\n`);
  console.log(`\n${seconds.toFixed(0)} s in all; load average at step starts median ${median(loads).toFixed(1)}, max ${Math.max(...loads).toFixed(1)} on ${cpus().length} cores; ${path.relative(process.cwd(), resultsFile)}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
