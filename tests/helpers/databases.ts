// Runs a suite on both databases: embedded PGlite (always) and the local PostgreSQL server, in a database
// of its own that is dropped afterwards. Without a server the PostgreSQL half is skipped with a message,
// unless GONGKAI_REQUIRE_POSTGRES=1 (CI), where an unreachable server fails the suite.
import { afterAll, beforeAll, describe } from 'vitest';
import type pg from 'pg';
import { randomBytes } from 'node:crypto';
import { openDatabase, type Gk } from '../../db/connection.ts';
import { withPgClient } from '../../db/pg-client.ts';

export const ADMIN_URL = process.env.GONGKAI_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REQUIRE_POSTGRES = process.env.GONGKAI_REQUIRE_POSTGRES === '1';

let reachable: Promise<string | null> | null = null;

/** null when the server answers; otherwise why not. */
export function postgresProblem(): Promise<string | null> {
  reachable ??= withPgClient(ADMIN_URL, (client) => client.query('select 1'), { connectionTimeoutMillis: 3000 }).then(
    () => null,
    (error: unknown) => (error as Error).message,
  );
  return reachable;
}

const withAdmin = <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => withPgClient(ADMIN_URL, work);

export interface TestDatabase {
  name: 'PGlite' | 'PostgreSQL';
  open(): Promise<{ gk: Gk; drop(): Promise<void> }>;
}

const pglite: TestDatabase = {
  name: 'PGlite',
  async open() {
    const gk = await openDatabase('memory://');
    return { gk, drop: () => gk.close() };
  },
};

const postgres: TestDatabase = {
  name: 'PostgreSQL',
  async open() {
    const problem = await postgresProblem();
    if (problem) throw new Error(`PostgreSQL unreachable at ${ADMIN_URL}: ${problem}`);
    const database = `gk_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    await withAdmin((c) => c.query(`create database ${database}`));
    const url = new URL(ADMIN_URL);
    url.pathname = `/${database}`;
    const gk = await openDatabase(url.toString());
    return {
      gk,
      async drop() {
        await gk.close();
        await withAdmin((c) => c.query(`drop database if exists ${database} with (force)`));
      },
    };
  },
};

export const TEST_DATABASES: TestDatabase[] = [pglite, postgres];

async function postgresAvailable(): Promise<boolean> {
  const problem = await postgresProblem();
  if (!problem) return true;
  if (REQUIRE_POSTGRES) return true; // let the suite run and fail on open, loudly
  console.warn(`跳过 PostgreSQL 测试：服务器不可达（${ADMIN_URL}：${problem}）。设置 GONGKAI_REQUIRE_POSTGRES=1 可使其失败。`);
  return false;
}

const runPostgres = await postgresAvailable();

/**
 * describe() once per database. `use()` returns the suite's open database inside tests and hooks.
 */
export function describeOnDatabases(title: string, body: (use: () => Gk, database: TestDatabase['name']) => void): void {
  for (const database of TEST_DATABASES) {
    const suite = database.name === 'PostgreSQL' && !runPostgres ? describe.skip : describe;
    suite(`${title} [${database.name}]`, () => {
      let opened: Awaited<ReturnType<TestDatabase['open']>> | undefined;
      beforeAll(async () => {
        opened = await database.open();
      });
      afterAll(async () => {
        await opened?.drop();
      });
      body(() => {
        if (!opened) throw new Error('database not open');
        return opened.gk;
      }, database.name);
    });
  }
}
