// The bench generator (bench/generate.ts) at a tiny size: the same seed gives the same bytes, another seed
// other bytes, and the rule catalogue finds exactly the findings the generator says it planted — per
// agency and rule, under each of the three profiles — after the files go through the real importers.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection.ts';
import { generate, type Manifest } from '../../bench/gen/index.ts';
import { countDifferences, loadCity, runCatalogue } from '../../bench/load.ts';

const SIZE = { documents: 1500, requests: 400, agencies: 3 };

async function digest(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = createHash('sha256').update(await readFile(file)).digest('hex');
  }
  return out;
}

describe('bench generator', () => {
  let root: string;
  let manifest: Manifest;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'gk-bench-gen-'));
    manifest = await generate({ ...SIZE, seed: 7, out: path.join(root, 'a') });
  }, 120_000);

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('writes the same bytes for the same seed, and other bytes for another', async () => {
    await generate({ ...SIZE, seed: 7, out: path.join(root, 'b') });
    await generate({ ...SIZE, seed: 8, out: path.join(root, 'c') });
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((d) => digest(path.join(root, d))));
    expect(Object.keys(a!)).toHaveLength(1 + 4 * SIZE.agencies);
    expect(b).toEqual(a);
    expect(c!['expected.json']).not.toBe(a!['expected.json']);
    expect(Object.entries(c!).filter(([file, hash]) => file !== 'expected.json' && hash === a![file])).toEqual([]);
  }, 120_000);

  it('sizes the ledgers as asked, with one agency under each profile', () => {
    expect(manifest.totals.documents).toBe(SIZE.documents);
    expect(manifest.totals.requests).toBe(SIZE.requests);
    expect(new Set(manifest.agencies.map((a) => a.profile))).toEqual(new Set(['national-2019', 'shanghai-putuo', 'suzhou-wujiang-2023']));
    // Violations of most kinds are planted even at this size.
    expect(Object.keys(manifest.expected.total).length).toBeGreaterThanOrEqual(25);
  });

  it('plants exactly what the rule catalogue finds', async () => {
    const gk = await openDatabase('memory://');
    try {
      await loadCity(gk, path.join(root, 'a'), manifest);
      const found = await runCatalogue(gk, manifest, { persist: false });
      expect(countDifferences(manifest.expected.total, found.total)).toEqual([]);
      for (const agency of manifest.agencies) {
        expect([agency.code, countDifferences(manifest.expected.byAgency[agency.code]!, found.byAgency[agency.code]!)]).toEqual([agency.code, []]);
      }
    } finally {
      await gk.close();
    }
  }, 300_000);
});
