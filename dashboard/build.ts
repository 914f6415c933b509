// Builds the dashboard into dashboard/dist, or does nothing when dist was built from the same sources.
// `npm start` runs it before serving (so a fresh `npm ci && npm start` serves a built dashboard, and an
// unchanged checkout starts without rebuilding); the browser tests call ensureDashboardBuilt().
//
// "The same sources" is a SHA-256 over every file under dashboard/ (but dist/) and package-lock.json
// (a dependency change rebuilds too), kept in dist/.source-hash.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DASHBOARD_DIR = import.meta.dirname;
export const DIST_DIR = path.join(DASHBOARD_DIR, 'dist');
const HASH_FILE = path.join(DIST_DIR, '.source-hash');
const LOCK_FILE = path.join(DASHBOARD_DIR, '..', 'package-lock.json');

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== DIST_DIR && entry.name !== 'node_modules') files.push(...sourceFiles(full));
    } else {
      files.push(full);
    }
  }
  return files;
}

export function sourceHash(): string {
  const hash = createHash('sha256');
  const files = sourceFiles(DASHBOARD_DIR).sort();
  if (existsSync(LOCK_FILE)) files.push(LOCK_FILE);
  for (const file of files) {
    hash.update(path.relative(DASHBOARD_DIR, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export function isBuildCurrent(hash = sourceHash()): boolean {
  return existsSync(path.join(DIST_DIR, 'index.html')) && existsSync(HASH_FILE) && readFileSync(HASH_FILE, 'utf8') === hash;
}

/** Builds unless dist is current; returns what it did and how long it took. */
export async function ensureDashboardBuilt(options: { force?: boolean } = {}): Promise<{ built: boolean; ms: number }> {
  const started = performance.now();
  const hash = sourceHash();
  if (!options.force && isBuildCurrent(hash)) return { built: false, ms: performance.now() - started };
  // Loaded only when a build is needed, so an up-to-date start does not pay for loading Vite.
  const { build } = await import('vite');
  await build({ configFile: path.join(DASHBOARD_DIR, 'vite.config.ts'), logLevel: 'warn' });
  writeFileSync(HASH_FILE, hash);
  return { built: true, ms: performance.now() - started };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force');
  const { built, ms } = await ensureDashboardBuilt({ force });
  console.log(built ? `仪表盘已构建（${Math.round(ms)} ms）：${DIST_DIR}` : `仪表盘已是最新（${Math.round(ms)} ms）`);
}
