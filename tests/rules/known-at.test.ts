// The ledgers as known at the as-of date (rules/ledgers/known-at.ts) list every column of their tables,
// so that a column added to a table later reaches the rules (or fails here until it is listed).
import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeOnDatabases } from '../helpers/databases.ts';
import { KNOWN_DOCUMENTS, KNOWN_PUBLICATIONS, KNOWN_REQUESTS } from '../../rules/ledgers/known-at.ts';

describeOnDatabases('ledgers known at the as-of date', (use) => {
  it.each([KNOWN_REQUESTS, KNOWN_DOCUMENTS, KNOWN_PUBLICATIONS])('list every column of $table, in its order', async (ledger) => {
    const { rows } = await sql<{ column_name: string }>`
      select column_name from information_schema.columns
      where table_schema = current_schema() and table_name = ${ledger.table} order by ordinal_position`.execute(use().db);
    const listed = ledger.columns.map((c) => (typeof c === 'string' ? c : 'date' in c ? c.date : c.value));
    expect(listed).toEqual(rows.map((r) => r.column_name));
  });
});
