// kill -9 in the middle of an import: a child `gongkai import` is killed while its transaction is open;
// afterwards the ledger holds all of that batch or none of it (never part), and a re-import completes.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { describeOnDatabases, ADMIN_URL } from '../helpers/databases.ts';
import { openDatabase, type Gk } from '../../db/connection.ts';
import { importLedgerFile } from '../../importers/index.ts';
import { countRows, documentRows, tempFolder, writeCsv } from './fixtures.ts';

const GONGKAI = fileURLToPath(new URL('../../cli/gongkai.js', import.meta.url));
const ROWS = 12_000;

function startImport(file: string, db: string): { child: ChildProcess; started: Promise<void>; exited: Promise<NodeJS.Signals | number | null> } {
  const child = spawn(process.execPath, [GONGKAI, 'import', 'documents', file, '--agency', 'killed', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  const started = new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      // Printed once the first batch is staged: the transaction is open, the file half read.
      if (stderr.includes('正在导入')) resolve();
    });
    child.on('exit', () => reject(new Error(`the import ended before it was killed: ${stderr}`)));
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  return { child, started, exited };
}

describeOnDatabases('importers: kill -9 mid-import', (use, database) => {
  let folder: Awaited<ReturnType<typeof tempFolder>>;
  let file: string;
  beforeAll(async () => {
    folder = await tempFolder('kill');
    file = await writeCsv(folder.file('big.csv'), documentRows(ROWS));
  });
  afterAll(async () => folder.remove());

  it('leaves all or none of the batch, and a re-import completes', { timeout: 180_000 }, async () => {
    // The embedded database must be a directory the child can open; PostgreSQL is the suite's own.
    let gk: Gk;
    let target: string;
    if (database === 'PGlite') {
      target = folder.file('db'); // the child creates it
    } else {
      const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(use().db);
      const url = new URL(ADMIN_URL);
      url.pathname = `/${rows[0]!.name}`;
      target = url.toString();
    }

    const run = startImport(file, target);
    await run.started;
    if (database === 'PostgreSQL') {
      // Its transaction is open on the server: the import is under way.
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null`.execute(use().db);
      expect(rows[0]!.n).toBeGreaterThan(0);
    }
    run.child.kill('SIGKILL');
    expect(await run.exited).toBe('SIGKILL');

    gk = database === 'PGlite' ? await openDatabase(target) : use();
    try {
      if (database === 'PostgreSQL') {
        // The server notices the dead client and rolls its transaction back.
        for (let i = 0; i < 50; i++) {
          const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null`.execute(gk.db);
          if (rows[0]!.n === 0) break;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      const documents = await countRows(gk, 'document', 'killed');
      expect([0, ROWS]).toContain(documents);
      expect(await countRows(gk, 'import_batch', 'killed')).toBe(documents === 0 ? 0 : 1);

      const summary = await importLedgerFile(gk, { agency: 'killed', kind: 'documents', file });
      expect(summary.rowsRead).toBe(ROWS);
      expect(summary.loaded + summary.updated).toBe(ROWS);
      expect(await countRows(gk, 'document', 'killed')).toBe(ROWS);
    } finally {
      if (database === 'PGlite') await gk.close();
    }
  });
});
