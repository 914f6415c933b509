// The PostgreSQL pool: its connections run without JIT, and an idle connection that the server ends (a
// restart, pg_terminate_backend, a forced DROP DATABASE) must not end the process: the pool discards it,
// warns, and the next query opens another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { withPgClient } from '../../db/pg-client.ts';
import { ADMIN_URL, postgresProblem, REQUIRE_POSTGRES, TEST_DATABASES } from '../helpers/databases.ts';
import type { Gk } from '../../db/connection.ts';

const problem = await postgresProblem();
if (problem && !REQUIRE_POSTGRES) console.warn(`跳过：PostgreSQL 不可达（${problem}）`);
const postgres = TEST_DATABASES.find((d) => d.name === 'PostgreSQL')!;

(problem && !REQUIRE_POSTGRES ? describe.skip : describe)('PostgreSQL pool', () => {
  let opened: Awaited<ReturnType<typeof postgres.open>>;
  let gk: Gk;
  beforeAll(async () => {
    opened = await postgres.open();
    gk = opened.gk;
  });
  afterAll(() => opened?.drop());

  it('runs its queries without JIT compilation (which costs more than it saves at a ledger of this size)', async () => {
    const { rows } = await sql<{ jit: string }>`select current_setting('jit') as jit`.execute(gk.db);
    expect(rows[0]!.jit).toBe('off');
  });

  it('warns, keeps the process, and answers the next query on a new connection', async () => {
    const first = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(gk.db);
    const pid = first.rows[0]!.pid;
    const warned = new Promise<Error>((resolve) => process.once('warning', resolve));
    // The connection is idle in the pool now; end it from a connection of the test server's own.
    await withPgClient(ADMIN_URL, (admin) => admin.query('select pg_terminate_backend($1)', [pid]));
    const warning = await warned;
    expect(warning.message).toContain('idle connection lost');
    const again = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(gk.db);
    expect(again.rows[0]!.pid).not.toBe(pid);
  });
});
