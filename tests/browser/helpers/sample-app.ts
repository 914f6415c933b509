// The real app on a free port over an embedded in-memory database filled the way a user fills it: the
// sample ledgers of data-samples/manifest.json through the real importers, the rules engine run at the
// samples' as-of date, and one account per role. Browser tests (and a developer's local look) use it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type Gk } from '../../../db/connection.ts';
import { upsertAgency } from '../../../db/agencies.ts';
import { importLedgerFile } from '../../../importers/index.ts';
import type { LedgerKind } from '../../../importers/index.ts';
import { runRules } from '../../../rules/engine/run.ts';
import { createAccount } from '../../../server/auth/users.ts';
import { buildApp } from '../../../server/app.ts';

export const SAMPLES_DIR = path.resolve(import.meta.dirname, '../../../data-samples');
/** The date every planted violation of the samples is judged at (data-samples/PLANTED.md). */
export const SAMPLES_AS_OF = '2026-03-31';
export const PASSWORD = 'gongkai-sample-1';

interface ManifestEntry {
  agency: string;
  name: string;
  profile: string;
  files: { kind: LedgerKind; path: string }[];
}

export const SAMPLE_USERS = {
  leader: { role: 'leader', agency: 'wujiang-yjj', section: null },
  office: { role: 'office', agency: 'wujiang-yjj', section: null },
  section: { role: 'section', agency: 'wujiang-yjj', section: '执法大队' },
  appraisal: { role: 'appraisal', agency: 'wujiang-yjj', section: null },
} as const;

export type SampleUser = keyof typeof SAMPLE_USERS;

export async function seedSamples(gk: Gk): Promise<void> {
  const manifest = JSON.parse(readFileSync(path.join(SAMPLES_DIR, 'manifest.json'), 'utf8')) as ManifestEntry[];
  for (const entry of manifest) {
    await upsertAgency(gk.db, { code: entry.agency, name: entry.name, profile: entry.profile });
    for (const file of entry.files) {
      await importLedgerFile(gk, {
        agency: entry.agency,
        kind: file.kind,
        file: path.join(SAMPLES_DIR, file.path),
        dryRun: false,
        user: 'seed',
        rejectsDir: path.join(import.meta.dirname, '../../../test-artifacts'),
      });
    }
    await runRules(gk, { agency: entry.agency, asOf: SAMPLES_AS_OF, persist: true, user: 'seed' });
  }
  for (const [login, user] of Object.entries(SAMPLE_USERS)) {
    await createAccount(gk.db, { login, ...user, password: PASSWORD });
  }
}

export interface SampleApp {
  app: FastifyInstance;
  gk: Gk;
  url: string;
  close(): Promise<void>;
}

export async function startSampleApp(): Promise<SampleApp> {
  const gk = await openDatabase('memory://');
  await seedSamples(gk);
  const app = await buildApp({ gk });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, gk, url: address, close: () => app.close() };
}
