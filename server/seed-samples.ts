// First start: on a database with no user, load data-samples/ (when its manifest is there and the database
// has no agency yet: each agency with its profile, each file through the importer, the rules at as-of
// today) and create the first office account, `admin`, with a generated password that is returned once for
// the caller to print. Idempotent: once any account exists it does nothing, and a start interrupted after
// the import creates only the account.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Gk } from '../db/connection.ts';
import { upsertAgency } from '../db/agencies.ts';
import { todayInChina } from '../db/calendar/dates.ts';
import { CalendarRangeError } from '../db/calendar/errors.ts';
import { importLedgerFile, isLedgerKind } from '../importers/index.ts';
import { runRules } from '../rules/engine/run.ts';
import { createAccount } from './auth/users.ts';
import { generatePassword } from './auth/passwords.ts';
import { appendAudit } from './plugins/app/audit.ts';

export const SAMPLES_DIR = fileURLToPath(new URL('../data-samples/', import.meta.url));
export const FIRST_LOGIN = 'admin';
const SEED_ACTOR = 'seed';

interface ManifestEntry {
  agency: string;
  name: string;
  profile: string;
  files: { kind: string; path: string }[];
}

export interface SeedReport {
  /** What was imported, per agency (empty when the samples were not loaded). */
  agencies: { agency: string; files: { path: string; loaded: number; rejected: number }[]; findings: number | null }[];
  /** The first account, when this start created it: the only time its password is known. */
  admin: { login: string; password: string } | null;
}

async function count(gk: Gk, table: 'app_user' | 'agency'): Promise<number> {
  const row = await gk.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function loadSamples(gk: Gk, samplesDir: string, log: (line: string) => void): Promise<SeedReport['agencies']> {
  const manifest = JSON.parse(await readFile(path.join(samplesDir, 'manifest.json'), 'utf8')) as ManifestEntry[];
  const rejectsDir = await mkdtemp(path.join(tmpdir(), 'gongkai-seed-'));
  const asOf = todayInChina();
  const report: SeedReport['agencies'] = [];
  try {
    for (const entry of manifest) {
      await upsertAgency(gk.db, { code: entry.agency, name: entry.name, profile: entry.profile });
      const files = [];
      for (const file of entry.files) {
        if (!isLedgerKind(file.kind)) throw new Error(`data-samples/manifest.json：未知台账种类 ${file.kind}`);
        const summary = await importLedgerFile(gk, {
          agency: entry.agency,
          kind: file.kind,
          file: path.join(samplesDir, file.path),
          user: SEED_ACTOR,
          rejectsDir,
        });
        files.push({ path: file.path, loaded: summary.loaded, rejected: summary.rejected });
        log(`  ${entry.name}：${file.path} 导入 ${summary.loaded} 行${summary.rejected ? `，拒绝 ${summary.rejected} 行` : ''}`);
      }
      let findings: number | null = null;
      try {
        findings = (await runRules(gk, { agency: entry.agency, asOf, user: SEED_ACTOR })).findings.length;
        log(`  ${entry.name}：检查完成（基准日 ${asOf}），发现 ${findings} 个问题`);
      } catch (error) {
        if (!(error instanceof CalendarRangeError)) throw error;
        log(`  ${entry.name}：未能检查：${error.message}`);
      }
      report.push({ agency: entry.agency, files, findings });
      await appendAudit(gk.db, { actor: SEED_ACTOR, action: 'seed.samples', target: `agency:${entry.agency}`, details: { files, findings, asOf } });
    }
  } finally {
    await rm(rejectsDir, { recursive: true, force: true });
  }
  return report;
}

export async function seedSamples(
  gk: Gk,
  {
    samplesDir = SAMPLES_DIR,
    withSamples = true,
    log = () => {},
  }: { samplesDir?: string; withSamples?: boolean; log?: (line: string) => void } = {},
): Promise<SeedReport> {
  if ((await count(gk, 'app_user')) > 0) return { agencies: [], admin: null };
  let agencies: SeedReport['agencies'] = [];
  if (withSamples && (await count(gk, 'agency')) === 0 && existsSync(path.join(samplesDir, 'manifest.json'))) {
    log('首次启动：载入示例数据（data-samples/）…');
    agencies = await loadSamples(gk, samplesDir, log);
  }
  const password = generatePassword();
  await createAccount(gk.db, { login: FIRST_LOGIN, role: 'office', agency: null, section: null, password, displayName: '管理员' });
  await appendAudit(gk.db, { actor: SEED_ACTOR, action: 'user.create', target: `user:${FIRST_LOGIN}`, details: { role: 'office', first: true } });
  return { agencies, admin: { login: FIRST_LOGIN, password } };
}
