// Opening the database: embedded PGlite (a directory, or memory://) by default, or a real PostgreSQL
// through pg (a postgres:// URL, or DATABASE_URL). Both go through Kysely's PostgresDialect, with the same
// value parsers, and both are migrated and given the bundled calendar on open.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import path from 'node:path';
import type { Database } from './schema.ts';
import { sharedParsers } from './type-parsers.ts';
import { PGlitePool } from './pglite-pool.ts';
import { migrateToLatest } from './migrate.ts';
import { ensureBundledCalendar } from './calendar/load.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Gk {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Where the data lives, for people: a directory, "内存", or the server URL without its password. */
  location: string;
  /** The embedded instance, for bulk paths (COPY from a blob); null on PostgreSQL. */
  pglite: PGlitePool['pglite'] | null;
  /** The pg pool, for bulk paths (COPY FROM STDIN); null on PGlite. */
  pgPool: pg.Pool | null;
  close(): Promise<void>;
}

export const DEFAULT_DATA_DIR = '.gongkai';

/** --db wins; then DATABASE_URL; then ./.gongkai/. */
export function resolveDatabaseSpec(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option ?? env.DATABASE_URL ?? DEFAULT_DATA_DIR;
}

export function isPostgresUrl(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    return sharedParsers[oid] ?? pg.types.getTypeParser(oid, format);
  },
};

export async function openDatabase(spec: string, options: { migrate?: boolean } = {}): Promise<Gk> {
  let gk: Gk;
  if (isPostgresUrl(spec)) {
    // No JIT: PostgreSQL compiles a query once its estimated cost passes jit_above_cost, which our rule
    // scans, tallies and evidence queries reach at tens of thousands of rows; compiling costs 50 ms to
    // seconds per query and never paid back at an agency's size (measured on the rule scans and the
    // evaluation sheet's evidence). A URL that sets options of its own keeps them.
    const pool = new pg.Pool({ connectionString: spec, types: pgTypes, max: 8, options: '-c jit=off' });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    let closing = false;
    // An idle connection the server ends (a restart, pg_terminate_backend, DROP DATABASE … WITH (FORCE) while
    // the pool is closing) is reported on the pool; unheard, Node would end the process. The pool has already
    // discarded that connection and opens another when one is needed, so it is only worth a warning.
    pool.on('error', (error) => {
      if (!closing) process.emitWarning(`PostgreSQL 空闲连接已断开 / idle connection lost: ${error.message}`);
    });
    const close = () => {
      closing = true;
      return db.destroy();
    };
    gk = { db, kind: 'postgres', location: redactUrl(spec), pglite: null, pgPool: pool, close };
  } else {
    const memory = spec === 'memory://' || spec === ':memory:';
    // Loaded only here: PGlite's module alone is ~55 MB of resident memory that a PostgreSQL run never needs.
    const { openPGlite } = await import('./pglite-template.ts');
    const pglite = await openPGlite(memory ? null : path.resolve(spec), sharedParsers);
    const pool = new PGlitePool(pglite);
    // PostgresDialect only needs connect() from its pool and query()/release() from a client.
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pool as unknown as pg.Pool }) });
    gk = {
      db,
      kind: 'pglite',
      location: memory ? '内存（临时）' : path.resolve(spec),
      pglite,
      pgPool: null,
      close: () => db.destroy(),
    };
  }
  if (options.migrate !== false) {
    try {
      await migrateToLatest(gk.db);
      await ensureBundledCalendar(gk.db);
    } catch (error) {
      await gk.close();
      throw error;
    }
  }
  return gk;
}
