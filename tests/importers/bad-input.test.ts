// Files that are wrong as a whole stop before anything is written, with a message naming the file (and
// the column); rows that are wrong are rejected, named by row and column, and the rest of the file loads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import iconv from 'iconv-lite';
import { describeOnDatabases } from '../helpers/databases.ts';
import { importLedgerFile, ImportFileError } from '../../importers/index.ts';
import { InputError } from '../../cli/errors.ts';
import { main } from '../../cli/index.ts';
import { captureOutput } from '../../cli/output.ts';
import { countRows, csvText, documentRows, REQUEST_HEADER, tempFolder, writeCsv, writeXlsx, type Rows } from './fixtures.ts';

describeOnDatabases('importers: bad input', (use, database) => {
  let folder: Awaited<ReturnType<typeof tempFolder>>;
  beforeAll(async () => {
    folder = await tempFolder('bad');
  });
  afterAll(async () => folder.remove());

  /** The import fails as a whole: an ImportFileError (exit code 2) and nothing of it in the database. */
  async function expectRefused(agency: string, file: string, message: RegExp, kind: 'documents' | 'requests' = 'documents') {
    const batches = await countRows(use(), 'import_batch');
    const error = await importLedgerFile(use(), { agency, kind, file }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error).toBeInstanceOf(InputError);
    expect((error as ImportFileError).exitCode).toBe(2);
    expect((error as Error).message).toMatch(message);
    expect(await countRows(use(), 'import_batch')).toBe(batches);
    expect(await countRows(use(), kind === 'documents' ? 'document' : 'request', agency)).toBe(0);
    return error as ImportFileError;
  }

  it('missing required column: names the file and the column, writes nothing', async () => {
    const rows = documentRows(3).map((r) => r.filter((_c, i) => i !== 1)); // drop 科室
    const file = await writeCsv(folder.file('no-section.csv'), rows);
    await expectRefused('missing', file, /no-section\.csv：.*缺少必填列「科室」.*\/ missing required column section/);
    expect(existsSync(folder.file('no-section.rejects.csv'))).toBe(false);
  });

  it('missing both 记录编号 and 文号 names the pair', async () => {
    const rows = documentRows(2).map((r) => r.filter((_c, i) => i !== 0 && i !== 2));
    await expectRefused('missing-key', await writeCsv(folder.file('no-key.csv'), rows), /「记录编号」或「文号」/);
  });

  it('missing a column in a workbook names the sheet', async () => {
    const file = await writeXlsx(folder.file('no-channel.xlsx'), [{ name: '登记表', rows: [['申请编号', '申请人类型', '收到日期'], ['Q1', '公民', '2024-01-02']] }]);
    await expectRefused('missing-xlsx', file, /no-channel\.xlsx：工作表「登记表」缺少必填列「提交方式」/, 'requests');
  });

  it('unknown encoding bytes: refused, naming the file', async () => {
    const latin1 = Buffer.concat([Buffer.from('记录编号,科室,标题,形成日期\n', 'utf8'), Buffer.from([0x44, 0x31, 0x2c, 0xe9, 0x2c, 0xff, 0xfe, 0x2c, 0x32, 0x0a])]);
    await writeFile(folder.file('latin1.csv'), latin1);
    await expectRefused('encoding', folder.file('latin1.csv'), /latin1\.csv：文件编码无法识别/);
  });

  it('bytes that break the encoding deep in the file roll the whole file back', async () => {
    const good = Buffer.from(csvText(documentRows(3000)), 'utf8');
    await writeFile(folder.file('late-bad.csv'), Buffer.concat([good, Buffer.from([0xff, 0xfe, 0x0a])]));
    await expectRefused('late-encoding', folder.file('late-bad.csv'), /文件编码无法识别（约第 \d+ 字节处）/);
  });

  it('a bad date, an unknown attribute, a missing title: rejected rows named by row and column; the rest loads', async () => {
    const rows = documentRows(6);
    rows[2]![6] = '2024-02-30'; // line 3: 形成日期
    rows[4]![7] = '随便公开'; // line 5: 公开属性
    rows[5]![3] = '无'; // line 6: 标题 empty
    rows[5]![6] = '二〇二四年'; // and a bad date on the same row
    const file = await writeCsv(folder.file('bad-rows.csv'), rows, 'gbk');
    const summary = await importLedgerFile(use(), { agency: 'rows', kind: 'documents', file });
    expect(summary).toMatchObject({ rowsRead: 6, loaded: 3, rejected: 3 });
    expect(summary.rejects).toEqual([
      { row: 3, reasons: [{ column: '形成日期', message: '日期不存在：2024-02-30' }] },
      { row: 5, reasons: [{ column: '公开属性', message: expect.stringMatching(/无法识别的公开属性“随便公开”/) }] },
      { row: 6, reasons: [{ column: '形成日期', message: '无法识别的日期：二〇二四年' }, { column: '标题', message: '必填项为空' }] },
    ]);
    expect(await countRows(use(), 'document', 'rows')).toBe(3);
    const rejects = await use().db.selectFrom('import_reject').selectAll().where('batch_id', '=', summary.batchId!).orderBy('row_number').execute();
    expect(rejects.map((r) => r.row_number)).toEqual([3, 5, 6]);
    expect(rejects[0]!.raw).toMatchObject({ 记录编号: 'D0002', 形成日期: '2024-02-30' });

    // The rejects file: UTF-8 with BOM, the file's headers plus 错误原因; fixed, it imports cleanly.
    expect(summary.rejectsFile).toBe(folder.file('bad-rows.rejects.csv'));
    const text = await readFile(summary.rejectsFile!, 'utf8');
    expect(text.startsWith('\uFEFF记录编号,科室,文号,标题,类型,信息类别,形成日期,公开属性,不公开理由,发布日期,链接,备注,错误原因\n')).toBe(true);
    expect(text).toMatch(/D0002,.*,2024-02-30,.*「形成日期」日期不存在：2024-02-30/);
    await writeFile(folder.file('fixed.csv'), text.replace('2024-02-30', '2024-02-29').replace('随便公开', '主动公开').replace('二〇二四年', '2024-01-07').replace(/,无,/, ',值班表,'));
    const fixed = await importLedgerFile(use(), { agency: 'rows', kind: 'documents', file: folder.file('fixed.csv') });
    expect(fixed).toMatchObject({ rowsRead: 3, loaded: 3, rejected: 0, rejectsFile: null });
    expect(await countRows(use(), 'document', 'rows')).toBe(6);
    const extra = await use().db.selectFrom('document').select('extra').where('agency', '=', 'rows').where('record_key', '=', 'D0002').executeTakeFirstOrThrow();
    expect(extra.extra).not.toHaveProperty('错误原因');

    // Imported again without rejects, the file's old rejects file goes.
    await writeCsv(file, documentRows(6), 'gbk');
    expect((await importLedgerFile(use(), { agency: 'rows', kind: 'documents', file })).rejectsFile).toBeNull();
    expect(existsSync(summary.rejectsFile!)).toBe(false);
  });

  it('a negative fee and an unknown channel reject their rows; a fee with 元 loads', async () => {
    const rows: Rows = [
      REQUEST_HEADER,
      ['Q1', '公民', '网络', '2024-05-06', '2024-05-06', '2024-05-20', '予以公开', '10元', '应急预案'],
      ['Q2', '公民', '网络', '2024-05-06', '2024-05-06', '2024-05-20', '予以公开', '-10', '应急预案'],
      ['Q3', '公民', '飞鸽传书', '2024-05-06', '2024-05-06', '2024-05-20', '予以公开', '0', '应急预案'],
      ['Q4', '公民', '传真', '2024-05-06', '2024-05-06', '2024-05-20', '已答复', '0', '应急预案'],
    ];
    const summary = await importLedgerFile(use(), { agency: 'fees', kind: 'requests', file: await writeXlsx(folder.file('fees.xlsx'), [{ name: 'S', rows }]) });
    expect(summary).toMatchObject({ rowsRead: 4, loaded: 1, rejected: 3 });
    expect(summary.rejects.map((r) => [r.row, r.reasons[0]!.column, r.reasons[0]!.message])).toEqual([
      [3, '收费金额', '金额不能为负数：-10'],
      [4, '提交方式', expect.stringMatching(/无法识别的提交方式“飞鸽传书”/)],
      [5, '办理结果', expect.stringMatching(/无法识别的办理结果“已答复”/)],
    ]);
  });

  it('duplicate keys in one file: the later row wins, both row numbers reported', async () => {
    const rows = documentRows(4);
    rows.push([...rows[1]!.slice(0, 3), '更正后的标题', ...rows[1]!.slice(4)]); // line 6 repeats D0001 (line 2)
    rows.push([...rows[3]!]); // line 7 repeats D0003 (line 4)
    const summary = await importLedgerFile(use(), { agency: 'dups', kind: 'documents', file: await writeCsv(folder.file('dups.csv'), rows) });
    expect(summary).toMatchObject({ rowsRead: 6, loaded: 4, updated: 0, rejected: 0 });
    expect(summary.duplicates).toEqual([
      { key: 'D0001', rows: [2, 6] },
      { key: 'D0003', rows: [4, 7] },
    ]);
    const d1 = await use().db.selectFrom('document').selectAll().where('agency', '=', 'dups').where('record_key', '=', 'D0001').executeTakeFirstOrThrow();
    expect(d1).toMatchObject({ title: '更正后的标题', source_row: 6 });
  });

  it('re-importing updates rows and never duplicates them; columns the new file lacks keep their values', async () => {
    const file = await writeCsv(folder.file('again.csv'), documentRows(5));
    const first = await importLedgerFile(use(), { agency: 'again', kind: 'documents', file });
    expect(first).toMatchObject({ loaded: 5, updated: 0 });
    const second = await importLedgerFile(use(), { agency: 'again', kind: 'documents', file });
    expect(second).toMatchObject({ loaded: 0, updated: 5 });
    const fewer = documentRows(6).map((r) => r.slice(0, 8)); // no 链接 column; one new row
    fewer[1]![3] = '新标题';
    const third = await importLedgerFile(use(), { agency: 'again', kind: 'documents', file: await writeCsv(folder.file('again2.csv'), fewer) });
    expect(third).toMatchObject({ loaded: 1, updated: 5 });
    expect(await countRows(use(), 'document', 'again')).toBe(6);
    const d1 = await use().db.selectFrom('document').selectAll().where('agency', '=', 'again').where('record_key', '=', 'D0001').executeTakeFirstOrThrow();
    expect(d1).toMatchObject({ title: '新标题', url: 'https://yjj.example.gov.cn/1', batch_id: third.batchId });
    const batches = await use().db.selectFrom('import_batch').select(['rows_loaded', 'rows_updated']).where('agency', '=', 'again').orderBy('id').execute();
    expect(batches).toEqual([{ rows_loaded: 5, rows_updated: 0 }, { rows_loaded: 0, rows_updated: 5 }, { rows_loaded: 1, rows_updated: 5 }]);
  });

  it('an empty file, a blank file and an empty JSON array are refused', async () => {
    await writeFile(folder.file('empty.csv'), '');
    await expectRefused('empty', folder.file('empty.csv'), /empty\.csv：文件为空/);
    await writeFile(folder.file('blank.csv'), '\uFEFF\n\n  \n');
    await expectRefused('empty', folder.file('blank.csv'), /blank\.csv：文件为空/);
    await writeFile(folder.file('empty.json'), '[]');
    await expectRefused('empty', folder.file('empty.json'), /empty\.json：文件为空/);
    await writeFile(folder.file('object.json'), '{\n  "标题": "不是数组"\n}\n');
    await expectRefused('empty', folder.file('object.json'), /object\.json：.*没有可读的记录/);
  });

  it('a header with no rows is an empty ledger, not an error', async () => {
    const summary = await importLedgerFile(use(), { agency: 'header-only', kind: 'documents', file: await writeCsv(folder.file('header-only.csv'), documentRows(0)) });
    expect(summary).toMatchObject({ rowsRead: 0, loaded: 0, rejected: 0 });
  });

  it('a truncated XLSX is refused and nothing is written', async () => {
    const whole = await readFile(await writeXlsx(folder.file('whole.xlsx'), [{ name: '台账', rows: documentRows(200) }]));
    await writeFile(folder.file('truncated.xlsx'), whole.subarray(0, Math.floor(whole.length * 0.7)));
    await expectRefused('truncated', folder.file('truncated.xlsx'), /truncated\.xlsx：XLSX 文件已损坏或不完整/);
  });

  it.each(['random.csv', 'random.xlsx', 'random.json', 'random.arrow', 'random.bin'])('random bytes (%s) are refused', async (name) => {
    await writeFile(folder.file(name), randomBytes(4096));
    await expectRefused('random', folder.file(name), new RegExp(`${name.replace('.', '\\.')}：`));
  });

  it('a legacy .xls is refused with advice', async () => {
    await writeFile(folder.file('old.xls'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(512)]));
    await expectRefused('xls', folder.file('old.xls'), /另存为 \.xlsx/);
  });

  // The line strains the reader, not the database: once is enough.
  it.runIf(database === 'PGlite')('a 50 MB line does not crash: that row is rejected by name, the others load', async () => {
    const rows = documentRows(3);
    const header = csvText([rows[0]!]);
    const huge = `D9999,办公室,,${'安'.repeat(17_000_000)},公文,其他,2024-01-05,主动公开,,,,\n`; // 51 MB in UTF-8
    const file = folder.file('huge.csv');
    await writeFile(file, `${header}${csvText(rows.slice(1, 2))}${huge}${csvText(rows.slice(2))}`);
    const summary = await importLedgerFile(use(), { agency: 'huge', kind: 'documents', file });
    expect(summary).toMatchObject({ rowsRead: 4, loaded: 3, rejected: 1 });
    expect(summary.rejects[0]).toEqual({ row: 3, reasons: [{ column: '标题', message: '内容过长（17000000 字符，上限 1000000）' }] });
    const raw = await use().db.selectFrom('import_reject').select('raw').where('batch_id', '=', summary.batchId!).executeTakeFirstOrThrow();
    expect(((raw.raw as Record<string, string>).标题 ?? '').length).toBeLessThan(20_000);
  });
});

describe('gongkai import (command line)', () => {
  let folder: Awaited<ReturnType<typeof tempFolder>>;
  beforeAll(async () => {
    folder = await tempFolder('cli');
  });
  afterAll(async () => folder.remove());

  it('imports, prints a Chinese summary, and exits 2 naming the file and column when a file lacks one', async () => {
    const good = await writeCsv(folder.file('good.csv'), documentRows(3));
    const bad = await writeCsv(folder.file('bad.csv'), documentRows(3).map((r) => r.filter((_c, i) => i !== 0 && i !== 2)));
    const gbk = folder.file('gbk.csv');
    await writeFile(gbk, iconv.encode(csvText(documentRows(2)), 'gbk'));
    // One command, one throw-away database: the third file updates what the first loaded.
    const { result, stdout, stderr } = await captureOutput(() => main(['import', 'documents', good, bad, gbk, '--agency', 'putuo', '--db', 'memory://']));
    expect(result).toBe(2);
    expect(stdout).toMatch(/good\.csv（CSV，UTF-8）：读取 3 行；新增 3 行，更新 0 行，拒绝 0 行；批次 1/);
    expect(stdout).toMatch(/gbk\.csv（CSV，GB18030）：读取 2 行；新增 0 行，更新 2 行/);
    expect(stderr).toMatch(/错误：bad\.csv：缺少必填列「记录编号」或「文号」/);
    expect(stderr).toMatch(/1 个文件未能导入/);
    const unknown = await captureOutput(() => main(['import', 'ledgers', good, '--agency', 'putuo', '--db', 'memory://']));
    expect(unknown.result).toBe(2);
    expect(unknown.stderr).toMatch(/未知台账类型「ledgers」/);
  });
});
