// One transaction on one connection, for both databases, with the two things bulk loading needs: queries
// and COPY FROM. PostgreSQL: a pool client, COPY FROM STDIN through pg-copy-streams. PGlite: its own
// transaction (holding the Kysely pool's single session meanwhile), COPY FROM a blob.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { PoolClient } from 'pg';
import type { Transaction } from '@electric-sql/pglite';
import type { Gk } from '../../db/connection.ts';

export interface LoadSession {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /** COPY … FROM in PostgreSQL's text format (see copy-text.ts). */
  copyIn(table: string, columns: readonly string[], data: string): Promise<void>;
}

const copySql = (table: string, columns: readonly string[], source: string) =>
  `copy ${table} (${columns.map((c) => `"${c}"`).join(', ')}) from ${source}`;

function postgresSession(client: PoolClient): LoadSession {
  return {
    async query<R>(text: string, params: unknown[] = []) {
      return (await client.query(text, params)).rows as R[];
    },
    async copyIn(table, columns, data) {
      await pipeline(Readable.from([data]), client.query(copyFrom(copySql(table, columns, 'stdin'))));
    },
  };
}

function pgliteSession(tx: Transaction): LoadSession {
  return {
    async query<R>(text: string, params: unknown[] = []) {
      return (await tx.query<R>(text, params)).rows;
    },
    async copyIn(table, columns, data) {
      await tx.query(copySql(table, columns, `'/dev/blob'`), [], { blob: new Blob([data]) });
    },
  };
}

/**
 * Runs `work` in one transaction: committed when `commit` is true and work succeeds, rolled back
 * otherwise (a dry run, an error, or a process killed on the way: then nothing of it is in the database).
 */
export async function inLoadTransaction<T>(gk: Gk, commit: boolean, work: (session: LoadSession) => Promise<T>): Promise<T> {
  if (gk.pgPool) {
    const client = await gk.pgPool.connect();
    let broken: Error | undefined;
    try {
      await client.query('begin');
      const result = await work(postgresSession(client));
      await client.query(commit ? 'commit' : 'rollback');
      return result;
    } catch (error) {
      await client.query('rollback').catch((e: Error) => (broken = e));
      throw error;
    } finally {
      client.release(broken);
    }
  }
  const pglite = gk.pglite;
  if (!pglite) throw new Error('no database connection');
  // Holding a Kysely connection keeps other users of the single embedded session out until we finish.
  return gk.db.connection().execute(() =>
    pglite.transaction(async (tx) => {
      const result = await work(pgliteSession(tx));
      if (!commit) await tx.rollback();
      return result;
    }),
  );
}
