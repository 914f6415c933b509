// The synthetic city's ledgers: for each agency, documents, requests, publications and annual reports as
// canonical CSV (FORMATS.md headers, UTF-8, ISO dates — files COPY can read as they are), written agency
// by agency with back-pressure so memory stays flat, and expected.json beside them: the options, the
// agencies with their profiles, the planted rates and the findings the rule catalogue must produce.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { allocate, buildAgencies, type Agency } from './agencies.ts';
import { dayNumber, WorkCalendar } from './calendar.ts';
import { CsvWriter } from './csv.ts';
import type { GenContext } from './context.ts';
import { DOCUMENT_COLUMNS, generateDocuments } from './documents.ts';
import { ExpectedFindings, RATES } from './plants.ts';
import { generatePublications, PUBLICATION_COLUMNS } from './publications.ts';
import { countDuplicates, generateReports, REPORT_HEADERS, type ReportText } from './reports.ts';
import { generateRequests, REQUEST_COLUMNS } from './requests.ts';

/** Bump when the same options would give different files. */
export const GENERATOR_VERSION = 3;

export interface GenerateOptions {
  documents: number;
  requests: number;
  agencies: number;
  seed: number;
  /** The directory to write; created if missing. */
  out: string;
  /** The date the ledgers are exported on: nothing in them happens later (default 2025-12-31). */
  asOf?: string;
  /** The first year the ledgers cover (default 2020). */
  firstYear?: number;
  onAgency?: (agency: Agency, done: number) => void;
}

export interface AgencyManifest {
  code: string;
  name: string;
  profile: string;
  documents: number;
  requests: number;
  publications: number;
  annualReports: number;
}

export interface Manifest {
  generatorVersion: number;
  options: { documents: number; requests: number; agencies: number; seed: number; asOf: string; firstYear: number };
  asOf: string;
  /** Per agency: files under <code>/. */
  files: { documents: string; requests: string; publications: string; 'annual-reports': string };
  agencies: AgencyManifest[];
  totals: { documents: number; requests: number; publications: number; annualReports: number };
  rates: typeof RATES;
  expected: { total: Record<string, number>; byAgency: Record<string, Record<string, number>> };
}

export const LEDGER_FILES = {
  documents: 'documents.csv',
  requests: 'requests.csv',
  publications: 'publications.csv',
  'annual-reports': 'annual-reports.csv',
} as const;

export async function generate(options: GenerateOptions): Promise<Manifest> {
  const asOf = options.asOf ?? '2025-12-31';
  const firstYear = options.firstYear ?? 2020;
  const cal = await WorkCalendar.load();
  const expected = new ExpectedFindings();
  const ctx: GenContext = { seed: options.seed, cal, firstYear, lastYear: Number(asOf.slice(0, 4)), asOf: dayNumber(asOf), expected };
  const agencies = buildAgencies(options.agencies, options.seed);
  const documents = allocate(options.documents, agencies.length, options.seed, 'documents');
  const requests = allocate(options.requests, agencies.length, options.seed, 'requests');
  const texts: ReportText[] = [];
  const manifests: AgencyManifest[] = [];
  await mkdir(options.out, { recursive: true });

  for (const agency of agencies) {
    expected.addAgency(agency.code, agency.profile);
    const dir = path.join(options.out, agency.code);
    await mkdir(dir, { recursive: true });
    const docs = new CsvWriter(path.join(dir, LEDGER_FILES.documents), DOCUMENT_COLUMNS.map(([zh]) => zh));
    const linked = await generateDocuments(ctx, agency, documents[agency.index]!, docs);
    await docs.close();
    const reqs = new CsvWriter(path.join(dir, LEDGER_FILES.requests), REQUEST_COLUMNS.map(([zh]) => zh));
    const facts = await generateRequests(ctx, agency, requests[agency.index]!, reqs);
    await reqs.close();
    const pubs = new CsvWriter(path.join(dir, LEDGER_FILES.publications), PUBLICATION_COLUMNS.map(([zh]) => zh));
    await generatePublications(ctx, agency, documents[agency.index]!, linked, pubs);
    await pubs.close();
    const reports = new CsvWriter(path.join(dir, LEDGER_FILES['annual-reports']), REPORT_HEADERS);
    await generateReports(ctx, agency, facts, texts, reports);
    await reports.close();
    manifests.push({
      code: agency.code,
      name: agency.name,
      profile: agency.profile,
      documents: docs.rows,
      requests: reqs.rows,
      publications: pubs.rows,
      annualReports: reports.rows,
    });
    options.onAgency?.(agency, manifests.length);
  }
  countDuplicates(texts, expected);

  const sum = (key: 'documents' | 'requests' | 'publications' | 'annualReports') => manifests.reduce((n, a) => n + a[key], 0);
  const manifest: Manifest = {
    generatorVersion: GENERATOR_VERSION,
    options: { documents: options.documents, requests: options.requests, agencies: options.agencies, seed: options.seed, asOf, firstYear },
    asOf,
    files: LEDGER_FILES,
    agencies: manifests,
    totals: { documents: sum('documents'), requests: sum('requests'), publications: sum('publications'), annualReports: sum('annualReports') },
    rates: RATES,
    expected: expected.sorted(),
  };
  await writeFile(path.join(options.out, 'expected.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The default directory for a size and seed: bench/data/d<documents>-r<requests>-a<agencies>-s<seed>. */
export function defaultDataDir(root: string, o: { documents: number; requests: number; agencies: number; seed: number }): string {
  return path.join(root, 'bench', 'data', `d${o.documents}-r${o.requests}-a${o.agencies}-s${o.seed}`);
}
