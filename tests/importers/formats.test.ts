// Each format, encoding and ledger kind through importLedgerFile into both databases, and the round
// trip: the same rows from CSV, XLSX, JSON and Arrow give identical ledger contents.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { describeOnDatabases } from '../helpers/databases.ts';
import { importLedgerFile, type ImportSummary } from '../../importers/index.ts';
import {
  countRows, documentRows, ledgerContents, tempFolder, writeArrow, writeCsv, writeDocx, writeJson, writeXlsx, type Rows,
} from './fixtures.ts';

const ROWS = 12;

describeOnDatabases('importers: formats, encodings, ledgers', (use) => {
  let folder: Awaited<ReturnType<typeof tempFolder>>;
  beforeAll(async () => {
    folder = await tempFolder('formats');
  });
  afterAll(async () => folder.remove());

  const documents = documentRows(ROWS);
  const importDocuments = (agency: string, file: string) => importLedgerFile(use(), { agency, kind: 'documents', file, user: 'tester' });
  const expectClean = (summary: ImportSummary) => {
    expect(summary).toMatchObject({ rowsRead: ROWS, loaded: ROWS, updated: 0, rejected: 0, duplicates: [], rejectsFile: null });
  };

  it.each(['utf-8-bom', 'utf-8', 'gbk', 'utf-16le'] as const)('reads a CSV in %s', async (encoding) => {
    const agency = `csv-${encoding}`;
    const summary = await importDocuments(agency, await writeCsv(folder.file(`${agency}.csv`), documents, encoding));
    expectClean(summary);
    expect(summary.format).toBe('csv');
    expect(summary.encoding).toBe({ 'utf-8-bom': 'UTF-8', 'utf-8': 'UTF-8', gbk: 'GB18030', 'utf-16le': 'UTF-16LE' }[encoding]);
    const first = await use().db.selectFrom('document').selectAll().where('agency', '=', agency).where('record_key', '=', 'D0001').executeTakeFirstOrThrow();
    expect(first).toMatchObject({ section: '办公室', title: '关于开展安全生产大检查的通知', formed_on: '2024-01-02', attribute: '主动公开', batch_id: summary.batchId, source_row: 2 });
    expect(first.extra).toEqual({ 备注: '备注0' });
  });

  it('round trip: the same rows from CSV, XLSX, JSON, JSON lines and Arrow give identical ledgers', async () => {
    const files = {
      'rt-csv': await writeCsv(folder.file('rt.csv'), documents),
      'rt-xlsx': await writeXlsx(folder.file('rt.xlsx'), [{ name: '台账', rows: documents }]),
      'rt-json': await writeJson(folder.file('rt.json'), documents),
      'rt-jsonl': await writeJson(folder.file('rt.jsonl'), documents, true),
      'rt-arrow': await writeArrow(folder.file('rt.arrow'), documents, 'file'),
      'rt-arrows': await writeArrow(folder.file('rt.arrows'), documents, 'stream'),
    };
    const formats: string[] = [];
    for (const [agency, file] of Object.entries(files)) {
      const summary = await importDocuments(agency, file);
      expectClean(summary);
      formats.push(summary.format);
    }
    expect(formats).toEqual(['csv', 'xlsx', 'json', 'json', 'arrow', 'arrow']);
    const reference = await ledgerContents(use(), 'document', 'rt-csv');
    expect(reference).toHaveLength(ROWS);
    for (const agency of Object.keys(files).slice(1)) expect(await ledgerContents(use(), 'document', agency), agency).toEqual(reference);
  });

  it('finds the ledger in an exported workbook: second sheet, title row, merged two-row header, dates, formulas', async () => {
    const rows: Rows = [
      ['普陀区应急管理局政府信息公开台账（2024年）', null, null, null, null, null, null],
      ['记录编号', '责任科室', '文件信息', null, '成文日期', '公开属性', '发布日期'],
      [null, null, '文号', '标题', null, null, null],
      ['X1', '办公室', '普应急〔2024〕1号', '关于防汛防台的通知', new Date(Date.UTC(2024, 9, 8)), '主动', 45575],
      ['X2', { formula: 'B4', result: '执法大队' }, null, { formula: 'D4&"（修订）"', result: '关于防汛防台的通知（修订）' }, { formula: 'E4+1', result: 45574 }, '免于公开', null],
      [],
      ['X3', '办公室', null, '年度执法检查计划', '2024年10月10日', '依申请公开', null],
    ];
    const file = await writeXlsx(folder.file('exported.xlsx'), [
      { name: '填表说明', rows: [['请按下表填写'], ['日期格式：YYYY-MM-DD']] },
      { name: '台账', rows, merges: ['A1:G1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:E3', 'F2:F3', 'G2:G3'], formats: { G4: 'yyyy-mm-dd' } },
    ]);
    const summary = await importDocuments('xlsx-export', file);
    expect(summary).toMatchObject({ format: 'xlsx', rowsRead: 3, loaded: 3, rejected: 0 });
    const rowsByKey = Object.fromEntries(
      (await use().db.selectFrom('document').selectAll().where('agency', '=', 'xlsx-export').execute()).map((r) => [r.record_key, r]),
    );
    expect(rowsByKey.X1).toMatchObject({ section: '办公室', doc_no: '普应急〔2024〕1号', formed_on: '2024-10-08', attribute: '主动公开', published_on: '2024-10-10', source_row: 4 });
    expect(rowsByKey.X2).toMatchObject({ section: '执法大队', title: '关于防汛防台的通知（修订）', formed_on: '2024-10-09', attribute: '不予公开', source_row: 5 });
    expect(rowsByKey.X3).toMatchObject({ formed_on: '2024-10-10', attribute: '依申请公开', source_row: 7 });
    const batch = await use().db.selectFrom('import_batch').selectAll().where('id', '=', summary.batchId!).executeTakeFirstOrThrow();
    expect(batch.details).toMatchObject({ sheet: '台账', headerRow: 3, columns: ['record_key', 'section', 'doc_no', 'title', 'formed_on', 'attribute', 'published_on'] });
    expect(batch).toMatchObject({ file_name: 'exported.xlsx', source_format: 'xlsx', imported_by: 'tester', rows_read: 3, rows_loaded: 3 });
    expect(batch.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('imports requests: synonyms, channels, applicant types, outcomes, fees, presence flags', async () => {
    const rows: Rows = [
      ['登记编号', '申请人类别', '申请方式', '申请时间', '受理日期', '身份证明', '联系方式', '答复日期', '处理结果', '收费', '延期天数', '所需政府信息的内容描述'],
      ['WJ-001', '公民', '网上申请', '2024/3/1', '2024-03-01', '有', '无', '2024-03-20', '予以公开', '0', '', '2023年安全生产事故统计'],
      ['WJ-002', '企业', 'EMS', '2024-03-02', '2024年3月4日', '是', '是', '2024-04-10', '不予公开—属于国家秘密', '1,200.00元', '15个工作日', '某项目审批材料'],
      ['WJ-003', '律师事务所', '当面递交', '2024-03-05', '2024-03-05', '是', '是', '2024-03-05', '本机关不掌握相关政府信息', '', '', '执法记录'],
    ];
    const summary = await importLedgerFile(use(), { agency: 'wujiang', kind: 'requests', file: await writeXlsx(folder.file('requests.xlsx'), [{ name: 'Sheet1', rows }]) });
    expect(summary).toMatchObject({ rowsRead: 3, loaded: 3, rejected: 0 });
    const requests = await use().db.selectFrom('request').selectAll().where('agency', '=', 'wujiang').orderBy('request_no').execute();
    expect(requests.map((r) => [r.applicant_type, r.channel, r.outcome, r.fee, r.extension_workdays, r.id_provided, r.contact_provided])).toEqual([
      ['自然人', '网络', '予以公开', 0, null, true, false],
      ['商业企业', '挂号信', '不予公开-属于国家秘密', 1200, 15, true, true],
      ['法律服务机构', '当面', '无法提供-本机关不掌握相关政府信息', null, null, true, true],
    ]);
    expect(requests[1]).toMatchObject({ submitted_on: '2024-03-02', received_on: '2024-03-04', answered_on: '2024-04-10', on_the_spot: false, description: '某项目审批材料' });
    const batch = await use().db.selectFrom('import_batch').select('details').where('id', '=', summary.batchId!).executeTakeFirstOrThrow();
    expect((batch.details as { columns: string[] }).columns).toContain('description');
  });

  it('imports publications: date-times in China time, and keys from 记录编号, 链接 or 标题 + 发布时间', async () => {
    const rows: Rows = [
      ['记录编号', '渠道', '栏目', '标题', '发布时间', '链接', '拟稿人', '审核人', '签发人', '是否转载', '来源'],
      ['P1', '门户网站', '工作动态', '区应急局召开防汛工作会议', '2024-06-03 09:30', 'https://yjj.example.gov.cn/a/1', '王五', '赵六', '钱七', '否', null],
      [null, '微信公众号', null, '防汛防台小知识', '2024-06-03T23:30:00Z', 'https://mp.weixin.qq.com/s/abc', '王五', '赵六', '钱七', '是', '应急管理部'],
      [null, '微博', null, '台风预警', '2024/6/5', null, '王五', null, null, 'N', null],
    ];
    const summary = await importLedgerFile(use(), { agency: 'putuo-pub', kind: 'publications', file: await writeJson(folder.file('pubs.jsonl'), rows, true) });
    expect(summary).toMatchObject({ rowsRead: 3, loaded: 3, rejected: 0 });
    const pubs = await use().db.selectFrom('publication').selectAll().where('agency', '=', 'putuo-pub').orderBy('source_row').execute();
    expect(pubs.map((p) => [p.record_key, p.published_on, p.published_at && new Date(p.published_at).toISOString(), p.is_repost, p.column_name])).toEqual([
      ['P1', '2024-06-03', '2024-06-03T01:30:00.000Z', false, '工作动态'],
      ['https://mp.weixin.qq.com/s/abc', '2024-06-04', '2024-06-03T23:30:00.000Z', true, null],
      ['台风预警 2024-06-05', '2024-06-05', null, false, null],
    ]);
  });

  it('imports annual reports: figures as numbers (empty is 0), full text inline or from .txt, .html, .docx beside the ledger', async () => {
    await writeFile(folder.file('2023.txt'), '\uFEFF吴江区应急管理局2023年政府信息公开工作年度报告\n一、总体情况');
    await writeFile(folder.file('2024.html'), '<html><body><h1>2024年年度报告</h1><p>一、总体情况</p><script>x()</script></body></html>');
    await writeDocx(folder.file('2025.docx'), ['2025年年度报告', '一、总体情况']);
    const rows: Rows = [
      ['年度', '发布日期', '报送日期', '链接', '全文', '三.本年新收.自然人', '三.本年新收.商业企业', '三.不予公开—属于国家秘密.总计', '二.规章.本年制发'],
      ['2022年', '2023-01-20', '2023-01-18', 'https://x/2022', '报告正文写在这里', '12', '', '1', '0'],
      ['2023', '2024-01-30', null, null, '2023.txt', '15', '3', null, null],
      ['2024年度', '2025-02-05', null, null, '2024.html', '9', '2', '0', '1'],
      [2025, null, null, null, '2025.docx', '1', '1', '0', '0'],
    ];
    const summary = await importLedgerFile(use(), { agency: 'wj-report', kind: 'annual-reports', file: await writeCsv(folder.file('reports.csv'), rows) });
    expect(summary).toMatchObject({ rowsRead: 4, loaded: 4, rejected: 0 });
    const reports = await use().db.selectFrom('annual_report').selectAll().where('agency', '=', 'wj-report').orderBy('year').execute();
    expect(reports.map((r) => r.year)).toEqual([2022, 2023, 2024, 2025]);
    expect(reports[0]!.figures).toEqual({ '三.本年新收.自然人': 12, '三.本年新收.商业企业': 0, '三.不予公开-属于国家秘密.总计': 1, '二.规章.本年制发': 0 });
    expect(reports[0]!.full_text).toBe('报告正文写在这里');
    expect(reports[1]!.full_text).toBe('吴江区应急管理局2023年政府信息公开工作年度报告\n一、总体情况');
    expect(reports[2]!.full_text).toMatch(/2024年年度报告[\s\S]*一、总体情况/);
    expect(reports[2]!.full_text).not.toMatch(/x\(\)|<p>/);
    expect(reports[3]!.full_text).toBe('2025年年度报告\n\n一、总体情况');
  });

  it('reads a mapping file for headers no synonym knows, and keeps unknown columns as extra', async () => {
    const rows: Rows = [['编码', '处室名称', '件名', '定稿日', '归档盒号'], ['M1', '办公室', '值班安排', '2024-02-01', 'B-12']];
    const mapping = folder.file('map.json');
    await writeFile(mapping, JSON.stringify({ 编码: 'record_key', 处室名称: 'section', 件名: '标题', 定稿日: 'formed_on' }));
    const summary = await importLedgerFile(use(), { agency: 'mapped', kind: 'documents', file: await writeCsv(folder.file('mapped.csv'), rows), mappingFile: mapping });
    expect(summary).toMatchObject({ loaded: 1, rejected: 0 });
    const row = await use().db.selectFrom('document').selectAll().where('agency', '=', 'mapped').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ record_key: 'M1', section: '办公室', title: '值班安排', formed_on: '2024-02-01', extra: { 归档盒号: 'B-12' } });
  });

  it('dry run: the same summary, nothing written', async () => {
    const file = await writeCsv(folder.file('dry.csv'), documents);
    const batchesBefore = await countRows(use(), 'import_batch');
    const summary = await importLedgerFile(use(), { agency: 'dry', kind: 'documents', file, dryRun: true });
    expect(summary).toMatchObject({ batchId: null, rowsRead: ROWS, loaded: ROWS, updated: 0, rejected: 0 });
    expect(await countRows(use(), 'document', 'dry')).toBe(0);
    expect(await countRows(use(), 'import_batch')).toBe(batchesBefore);
    expect(await use().db.selectFrom('agency').select('code').where('code', '=', 'dry').executeTakeFirst()).toBeUndefined();
  });
});
