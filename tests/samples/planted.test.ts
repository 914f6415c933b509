// The samples through the real importers and engine find exactly what data-samples/planted.json lists
// (rule, subject, due, actual, working days late), and nothing on the rows it lists as clean.
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describeOnDatabases } from '../helpers/databases.ts';
import { importLedgerFile, type LedgerKind } from '../../importers/index.ts';
import { upsertAgency } from '../../db/agencies.ts';
import { runRules, type RunFinding } from '../../rules/engine/run.ts';

const samples = path.resolve(import.meta.dirname, '../../data-samples');
const manifest = JSON.parse(readFileSync(path.join(samples, 'manifest.json'), 'utf8')) as {
  agency: string;
  name: string;
  profile: string;
  files: { kind: LedgerKind; path: string }[];
}[];
const planted = JSON.parse(readFileSync(path.join(samples, 'planted.json'), 'utf8')) as {
  asOf: string;
  violations: { agency: string; rule: string; subject: string; due: string | null; actual: string | null; lateWorkdays: number | null }[];
  clean: { agency: string; subject: string; mustNotFire: string[] }[];
};

const key = (f: { agency: string; rule: string; subject: string }) => `${f.agency} ${f.rule} ${f.subject}`;

describeOnDatabases('data-samples', (use) => {
  let findings: RunFinding[] = [];

  it('imports every sample file without a rejected row', async () => {
    const gk = use();
    for (const agency of manifest) {
      await upsertAgency(gk.db, { code: agency.agency, name: agency.name, profile: agency.profile });
      for (const file of agency.files) {
        const summary = await importLedgerFile(gk, {
          agency: agency.agency,
          kind: file.kind,
          file: path.join(samples, file.path),
          dryRun: false,
        });
        expect(summary.rejected, `${file.path}: ${JSON.stringify(summary.rejects.slice(0, 3))}`).toBe(0);
      }
    }
    for (const agency of manifest) {
      findings.push(...(await runRules(gk, { agency: agency.agency, asOf: planted.asOf })).findings);
    }
    expect(findings.length).toBeGreaterThan(0);
  });

  it('finds every planted violation with its due date, actual date and working days late', () => {
    const found = new Map(findings.map((f) => [key(f), f]));
    const missing = planted.violations.filter((v) => !found.has(key(v))).map(key);
    expect(missing).toEqual([]);
    for (const v of planted.violations) {
      const f = found.get(key(v))!;
      expect({ due: f.due, actual: f.actual, lateWorkdays: f.lateWorkdays }, key(v)).toEqual({
        due: v.due,
        actual: v.actual,
        lateWorkdays: v.lateWorkdays,
      });
    }
  });

  it('finds nothing that was not planted', () => {
    const expected = new Set(planted.violations.map(key));
    expect(findings.filter((f) => !expected.has(key(f))).map((f) => `${key(f)}: ${f.message}`)).toEqual([]);
  });

  it('leaves every clean edge case clean', () => {
    const fired = findings.filter((f) =>
      planted.clean.some((c) => c.agency === f.agency && c.subject === f.subject && c.mustNotFire.includes(f.rule)),
    );
    expect(fired.map(key)).toEqual([]);
  });

  it('re-running with the same inputs changes no finding', async () => {
    const { db } = use();
    const before = await db.selectFrom('finding').selectAll().orderBy('id').execute();
    for (const agency of manifest) await runRules(use(), { agency: agency.agency, asOf: planted.asOf });
    const after = await db.selectFrom('finding').selectAll().orderBy('id').execute();
    expect(after).toEqual(before);
  });
});
