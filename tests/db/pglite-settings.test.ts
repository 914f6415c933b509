// The embedded database opens with a small page cache (db/pglite-template.ts): 16 MB instead of
// PostgreSQL's 128 MB, which PGlite would keep resident in its WebAssembly heap.
import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/connection.ts';

it('opens memory:// and directory databases, new and existing, with a 16 MB page cache', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'gk-pglite-settings-'));
  try {
    for (const spec of ['memory://', dir, dir]) {
      const gk = await openDatabase(spec);
      try {
        const { rows } = await sql<{ shared_buffers: string }>`show shared_buffers`.execute(gk.db);
        expect(rows[0]!.shared_buffers, spec).toBe('16MB');
      } finally {
        await gk.close();
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
