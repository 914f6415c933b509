// npm run bench:generate -- --documents 1000000 --requests 200000 --agencies 50 [--seed 1] [--out dir]
//   [--as-of 2025-12-31] [--first-year 2020]
// (--json: one JSON line instead of the summary.) Writes synthetic ledgers for a city's agencies (one directory per agency, canonical CSV) and
// expected.json (agencies, planted rates, the findings the catalogue must produce). Same seed, same bytes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultDataDir, generate } from './gen/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function count(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/_/g, '').replace(/k$/i, '000').replace(/m$/i, '000000'));
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got ${value}`);
  return n;
}

const { values } = parseArgs({
  options: {
    documents: { type: 'string' },
    requests: { type: 'string' },
    agencies: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
    'as-of': { type: 'string' },
    'first-year': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const options = {
  documents: count('documents', values.documents, 100_000),
  requests: count('requests', values.requests, 20_000),
  agencies: count('agencies', values.agencies, 50),
  seed: count('seed', values.seed, 1),
};
if (options.agencies < 1) throw new Error('--agencies must be at least 1');
const out = path.resolve(values.out ?? defaultDataDir(ROOT, options));
const started = performance.now();
const manifest = await generate({
  ...options,
  out,
  asOf: values['as-of'],
  firstYear: values['first-year'] ? count('first-year', values['first-year'], 2020) : undefined,
  onAgency: (agency, done) => {
    if (process.stderr.isTTY) process.stderr.write(`\r${done}/${options.agencies} ${agency.code}   `);
  },
});
if (process.stderr.isTTY) process.stderr.write('\n');
const seconds = (performance.now() - started) / 1000;
const findings = Object.values(manifest.expected.total).reduce((a, b) => a + b, 0);
const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
if (values.json) console.log(JSON.stringify({ out, seconds, totals: manifest.totals, findings, maxRssMb }));
else console.log(
  `${out}\n  ${manifest.totals.documents} documents, ${manifest.totals.requests} requests, ${manifest.totals.publications} publications, ` +
    `${manifest.totals.annualReports} annual reports for ${manifest.agencies.length} agencies; ${findings} expected findings; ` +
    `${seconds.toFixed(1)} s, peak RSS ${maxRssMb} MB`,
);
