// Loading a generated city into a database through the real importers (importLedgerFile, one file per
// agency and ledger, agencies created with their profiles first), and tallying what the rule catalogue
// finds there, for comparison with the generator's expected counts.
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Gk } from '../db/connection.ts';
import { upsertAgency } from '../db/agencies.ts';
import { importLedgerFile } from '../importers/index.ts';
import { runRules } from '../rules/engine/run.ts';
import { LEDGER_FILES, type Manifest } from './gen/index.ts';

export const LEDGER_KINDS = ['documents', 'requests', 'publications', 'annual-reports'] as const;
export type BenchLedger = (typeof LEDGER_KINDS)[number];

export async function readManifest(dir: string): Promise<Manifest> {
  return JSON.parse(await readFile(path.join(dir, 'expected.json'), 'utf8')) as Manifest;
}

export async function createAgencies(gk: Gk, manifest: Manifest): Promise<void> {
  for (const a of manifest.agencies) await upsertAgency(gk.db, { code: a.code, name: a.name, profile: a.profile });
}

/** Imports every ledger file of every agency; seconds per ledger kind. Any rejected row is an error. */
export async function loadCity(
  gk: Gk,
  dir: string,
  manifest: Manifest,
  kinds: readonly BenchLedger[] = LEDGER_KINDS,
): Promise<Record<BenchLedger, { rows: number; seconds: number }>> {
  await createAgencies(gk, manifest);
  const totals = Object.fromEntries(LEDGER_KINDS.map((k) => [k, { rows: 0, seconds: 0 }])) as Record<BenchLedger, { rows: number; seconds: number }>;
  for (const agency of manifest.agencies) {
    for (const kind of kinds) {
      const started = performance.now();
      const summary = await importLedgerFile(gk, {
        agency: agency.code,
        kind,
        file: path.join(dir, agency.code, LEDGER_FILES[kind]),
        user: 'bench',
        rejectsDir: tmpdir(),
      });
      totals[kind].seconds += (performance.now() - started) / 1000;
      totals[kind].rows += summary.loaded + summary.updated;
      if (summary.rejected > 0) {
        throw new Error(`${agency.code}/${kind}: ${summary.rejected} rows rejected, e.g. ${JSON.stringify(summary.rejects.slice(0, 3))}`);
      }
    }
  }
  return totals;
}

/** Runs every agency's catalogue; the findings per rule, in total and per agency. */
export async function runCatalogue(
  gk: Gk,
  manifest: Manifest,
  options: { persist?: boolean } = {},
): Promise<{ total: Record<string, number>; byAgency: Record<string, Record<string, number>> }> {
  const total: Record<string, number> = {};
  const byAgency: Record<string, Record<string, number>> = {};
  for (const agency of manifest.agencies) {
    const result = await runRules(gk, { agency: agency.code, asOf: manifest.asOf, persist: options.persist ?? true, user: 'bench' });
    const mine: Record<string, number> = {};
    for (const f of result.findings) {
      mine[f.rule] = (mine[f.rule] ?? 0) + 1;
      total[f.rule] = (total[f.rule] ?? 0) + 1;
    }
    byAgency[agency.code] = mine;
  }
  return { total, byAgency };
}

/** Rules whose count differs: [rule, expected, found]. */
export function countDifferences(expected: Record<string, number>, found: Record<string, number>): [string, number, number][] {
  const rules = [...new Set([...Object.keys(expected), ...Object.keys(found)])].sort();
  return rules.map((r) => [r, expected[r] ?? 0, found[r] ?? 0] as [string, number, number]).filter(([, e, f]) => e !== f);
}
