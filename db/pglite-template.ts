// Embedded databases start from a cached template: a PGlite data directory that has already run initdb,
// every migration and the bundled calendar. A fresh initdb costs seconds and most of a gigabyte; loading
// the template costs well under a second, which is what makes `gongkai check` on a spreadsheet and the
// test suite's many throw-away databases cheap. The cache is keyed by everything that shapes the template.
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlitePool } from './pglite-pool.ts';
import type { Database } from './schema.ts';
import { migrateToLatest, migrationsFingerprint } from './migrate.ts';
import { ensureBundledCalendar } from './calendar/load.ts';
import { CHINESE_DAYS_SOURCE } from './calendar/sources.ts';
import { packageVersion } from './package-version.ts';

type Parsers = Record<number, (value: string) => unknown>;

const PGLITE_VERSION = packageVersion('@electric-sql/pglite');
const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

function cacheDir(): string {
  return process.env.GONGKAI_CACHE_DIR ?? path.join(PROJECT_ROOT, 'node_modules', '.cache', 'gongkai');
}

async function templateKey(): Promise<string> {
  return `pglite-${PGLITE_VERSION}-${await migrationsFingerprint()}-${CHINESE_DAYS_SOURCE}`;
}

async function buildTemplate(parsers: Parsers): Promise<Blob> {
  const pglite = await PGlite.create({ parsers });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new PGlitePool(pglite) as unknown as pg.Pool }) });
  try {
    await migrateToLatest(db);
    await ensureBundledCalendar(db);
    await pglite.query('checkpoint');
    return await pglite.dumpDataDir('none');
  } finally {
    await db.destroy();
  }
}

let pending: Promise<Blob> | null = null;

/** The template as a blob, from this process's memory, the disk cache, or built once and cached. */
export function templateBlob(parsers: Parsers): Promise<Blob> {
  pending ??= (async () => {
    const file = path.join(cacheDir(), `${await templateKey()}.tar`);
    if (existsSync(file)) return new Blob([await readFile(file)]);
    const blob = await buildTemplate(parsers);
    try {
      await mkdir(path.dirname(file), { recursive: true });
      // Written aside and renamed, so a parallel test worker never reads half a template.
      const partial = `${file}.${process.pid}.partial`;
      await writeFile(partial, Buffer.from(await blob.arrayBuffer()));
      await rename(partial, file);
    } catch {
      // A read-only cache only costs the next process the same build.
    }
    return blob;
  })();
  pending.catch(() => (pending = null));
  return pending;
}

/**
 * PostgreSQL's page cache inside the embedded database. The default 128 MB is touched at start-up and
 * kept in the WebAssembly heap, which never shrinks; the data directory's files are cached by the
 * operating system (a memory:// database holds them in memory already), so a small cache costs no
 * speed. Measured with `npm run bench -- --db pglite --steps import,catalogue,export` (100k documents),
 * 128 MB → 16 MB: import peak 722 → 541 MB, catalogue 14.1 → 10.5 s and peak 533 → 441 MB, evaluation
 * sheet peak 479 → 346 MB; an open costs 0.6 → 0.4 s.
 */
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/** An embedded database: an existing directory as it is, or a new one (or memory) from the template. */
export async function openPGlite(dataDir: string | null, parsers: Parsers): Promise<PGlite> {
  if (dataDir && existsSync(path.join(dataDir, 'PG_VERSION'))) return PGlite.create(dataDir, { parsers, startParams: START_PARAMS });
  const loadDataDir = await templateBlob(parsers);
  if (dataDir) await mkdir(dataDir, { recursive: true });
  return PGlite.create(dataDir ?? undefined, { parsers, loadDataDir, startParams: START_PARAMS });
}
