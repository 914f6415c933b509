// A file larger than one batch: each batch goes into the ledger by COPY when its keys are new, or is
// staged and merged when it updates rows or repeats a key of an earlier batch. The counts, the duplicates
// report and the rows must come out as if the file had been merged in one statement.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeOnDatabases } from '../helpers/databases.ts';
import { BATCH_ROWS, importLedgerFile } from '../../importers/index.ts';
import { countRows, documentRows, tempFolder, writeCsv, type Rows } from './fixtures.ts';

describeOnDatabases('importers: batches', (use) => {
  let folder: Awaited<ReturnType<typeof tempFolder>>;
  beforeAll(async () => {
    folder = await tempFolder('batches');
  });
  afterAll(async () => folder.remove());

  const ROWS = BATCH_ROWS + 600;
  /** Line n of the CSV holds documentRows' row n - 1 (line 1 is the header). */
  const retitled = (rows: Rows, line: number, title: string) => {
    const row = [...rows[line - 1]!];
    row[3] = title;
    return row;
  };
  const document = (agency: string, key: string) =>
    use().db.selectFrom('document').select(['title', 'source_row', 'batch_id']).where('agency', '=', agency).where('record_key', '=', key).executeTakeFirstOrThrow();

  it('a key repeated in a later batch, and one repeated within a batch: the later row wins, every row number reported', async () => {
    const rows = documentRows(ROWS);
    rows.push(retitled(rows, 2, '第二批更正 D0001')); // line ROWS + 2 repeats D0001 (line 2, first batch)
    rows.push(retitled(rows, ROWS, '同批更正')); // line ROWS + 3 repeats the key of line ROWS (same batch)
    rows.push(retitled(rows, 2, '再次更正 D0001')); // line ROWS + 4 repeats D0001 once more
    const summary = await importLedgerFile(use(), { agency: 'across', kind: 'documents', file: await writeCsv(folder.file('across.csv'), rows) });
    const lastKey = `D${String(ROWS - 1).padStart(4, '0')}`;
    expect(summary).toMatchObject({ rowsRead: ROWS + 3, loaded: ROWS, updated: 0, rejected: 0 });
    expect(summary.duplicates).toEqual([
      { key: 'D0001', rows: [2, ROWS + 2, ROWS + 4] },
      { key: lastKey, rows: [ROWS, ROWS + 3] },
    ]);
    expect(await countRows(use(), 'document', 'across')).toBe(ROWS);
    expect(await document('across', 'D0001')).toMatchObject({ title: '再次更正 D0001', source_row: ROWS + 4, batch_id: summary.batchId });
    expect(await document('across', lastKey)).toMatchObject({ title: '同批更正', source_row: ROWS + 3 });
    const [batch] = await use().db.selectFrom('import_batch').select(['rows_read', 'rows_loaded', 'rows_updated', 'details']).where('id', '=', summary.batchId!).execute();
    expect(batch).toMatchObject({ rows_read: ROWS + 3, rows_loaded: ROWS, rows_updated: 0, details: expect.objectContaining({ duplicateKeys: 2, supersededRows: 3 }) });
  });

  it('a later file with old and new keys across batches: old ones updated once, new ones loaded; a dry run counts the same and writes nothing', async () => {
    const first = await importLedgerFile(use(), { agency: 'mixed', kind: 'documents', file: await writeCsv(folder.file('mixed1.csv'), documentRows(ROWS)) });
    expect(first).toMatchObject({ loaded: ROWS, updated: 0 });
    // The same keys and 700 more (the last batch mostly new), with an old key repeated at the end.
    const rows = documentRows(ROWS + 700);
    rows.push(retitled(rows, 3, '末尾更正 D0002'));
    const file = await writeCsv(folder.file('mixed2.csv'), rows);
    const batches = await countRows(use(), 'import_batch', 'mixed');
    const dry = await importLedgerFile(use(), { agency: 'mixed', kind: 'documents', file, dryRun: true });
    expect(dry).toMatchObject({ batchId: null, rowsRead: ROWS + 701, loaded: 700, updated: ROWS, duplicates: [{ key: 'D0002', rows: [3, ROWS + 702] }] });
    expect(await countRows(use(), 'import_batch', 'mixed')).toBe(batches);
    expect(await countRows(use(), 'document', 'mixed')).toBe(ROWS);

    const second = await importLedgerFile(use(), { agency: 'mixed', kind: 'documents', file });
    expect(second).toMatchObject({ rowsRead: ROWS + 701, loaded: 700, updated: ROWS, duplicates: [{ key: 'D0002', rows: [3, ROWS + 702] }] });
    expect(await countRows(use(), 'document', 'mixed')).toBe(ROWS + 700);
    expect(await document('mixed', 'D0002')).toMatchObject({ title: '末尾更正 D0002', source_row: ROWS + 702, batch_id: second.batchId });
    const { rows: stale } = await sql<{ n: number }>`select count(*)::int as n from document where agency = 'mixed' and batch_id is distinct from ${second.batchId}`.execute(use().db);
    expect(stale[0]!.n).toBe(0);
  });

  it('a ledger row must name an existing batch, and deleting a batch clears it from its rows', async () => {
    const summary = await importLedgerFile(use(), { agency: 'provenance', kind: 'documents', file: await writeCsv(folder.file('provenance.csv'), documentRows(3)) });
    const missing = summary.batchId! + 1000;
    await expect(sql`update document set batch_id = ${missing} where agency = 'provenance'`.execute(use().db)).rejects.toThrow(/import batch \d+, which does not exist/);
    await expect(
      sql`insert into document (agency, record_key, section, title, formed_on, batch_id) values ('provenance', 'X1', '办公室', '标题', '2024-01-02', ${missing})`.execute(use().db),
    ).rejects.toThrow(/does not exist/);
    await sql`delete from import_batch where id = ${summary.batchId}`.execute(use().db);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from document where agency = 'provenance' and batch_id is null`.execute(use().db);
    expect(rows[0]!.n).toBe(3);
  });
});
