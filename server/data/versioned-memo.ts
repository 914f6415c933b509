// Results computed from the ledgers, the working-day calendar and the agencies' profiles alone (the
// overview's on-time rates) are kept, per app, until one of those changes. They change only through an
// import (every import commits an import_batch row with its rows, in one transaction), a calendar load
// (calendar_year) or an agency's profile, so a version made of those is read with one small query and a
// changed version recomputes. Counting batches as well as taking the last id catches an import that
// commits after a later-numbered one.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export async function dataVersion(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ version: string }>`
    select concat_ws(':',
      (select count(*) from import_batch), (select max(id) from import_batch),
      (select count(*) from calendar_year), (select max(version) from calendar_year),
      (select string_agg(code || '=' || profile, ',' order by code) from agency)) as version`.execute(db);
  return rows[0]!.version;
}

export class VersionedMemo<T> {
  readonly #entries = new Map<string, { version: string; value: Promise<T> }>();

  constructor(private readonly limit = 200) {}

  /** The value for `key` computed at `version`, computing it (once, for concurrent callers) when absent. */
  get(version: string, key: string, compute: () => Promise<T>): Promise<T> {
    const entry = this.#entries.get(key);
    if (entry && entry.version === version) return entry.value;
    const value = compute();
    this.#entries.delete(key);
    this.#entries.set(key, { version, value });
    // A failure is not kept.
    value.catch(() => {
      if (this.#entries.get(key)?.value === value) this.#entries.delete(key);
    });
    // Oldest first: beyond the limit, the least recently computed go.
    while (this.#entries.size > this.limit) this.#entries.delete(this.#entries.keys().next().value!);
    return value;
  }
}
