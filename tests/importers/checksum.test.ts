// import_batch.checksum is the SHA-256 of the file's bytes, for a small file (hashed in this thread) and a
// large one (hashed in a worker beside the load).
import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnDatabases } from '../helpers/databases.ts';
import { importLedgerFile } from '../../importers/index.ts';
import { csvText, tempFolder, writeCsv, type Rows } from './fixtures.ts';

const HEADER = ['记录编号', '科室', '标题', '成文日期', '公开属性'];
const documents = (n: number): Rows => [
  HEADER,
  ...Array.from({ length: n }, (_, i) => [`C-${i}`, '办公室', `关于做好第${i}批安全生产检查工作的通知（防汛防台、应急预案、执法检查计划）`, '2024-10-08', '主动公开']),
];

describeOnDatabases('importers: the batch checksum', (use) => {
  let folder: Awaited<ReturnType<typeof tempFolder>>;
  beforeAll(async () => {
    folder = await tempFolder('checksum');
  });
  afterAll(async () => folder.remove());

  const sha256 = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');
  const batchChecksum = async (id: number) =>
    (await use().db.selectFrom('import_batch').select('checksum').where('id', '=', id).executeTakeFirstOrThrow()).checksum;

  it('is the SHA-256 of a small file', async () => {
    const file = await writeCsv(folder.file('small.csv'), documents(3));
    const summary = await importLedgerFile(use(), { agency: 'ck-small', kind: 'documents', file, user: 'tester' });
    expect(summary.loaded).toBe(3);
    expect(await batchChecksum(summary.batchId!)).toBe(await sha256(file));
  });

  it('is the SHA-256 of a file large enough to be hashed beside the load', async () => {
    const file = folder.file('large.csv');
    await writeFile(file, csvText(documents(90_000)));
    expect((await stat(file)).size).toBeGreaterThan(8 * 1024 * 1024); // the worker's threshold
    const summary = await importLedgerFile(use(), { agency: 'ck-large', kind: 'documents', file, user: 'tester' });
    expect(summary.loaded).toBe(90_000);
    const stored = await batchChecksum(summary.batchId!);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).toBe(await sha256(file));
  });
});
