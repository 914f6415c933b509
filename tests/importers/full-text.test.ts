// An annual report's 全文 (importers/ledgers/full-text.ts): the text inline, or a .txt / .html / .docx file
// beside the ledger, in the encodings and shapes reports are really saved in (GBK from Chinese Windows, a
// Word document with headings and a table, a web page), and the cells that must be refused with a reason
// rather than stored as the report's text (a .pdf, a web address, a file outside the ledger's folder).
import { mkdir, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { isFullTextReference, readFullText } from '../../importers/ledgers/full-text.ts';
import { importLedgerFile } from '../../importers/index.ts';
import { describeOnDatabases } from '../helpers/databases.ts';
import { tempFolder, writeCsv } from './fixtures.ts';

type Folder = Awaited<ReturnType<typeof tempFolder>>;

const REPORT_HTML =
  '<html><head><meta charset="gb2312"><title>页面标题</title><style>p { color: red }</style></head><body>' +
  '<h1>Annual Report 吴江区应急管理局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p>' +
  '<p>依法公开&lt;政府信息&gt;，<a href="https://x.gov.cn/a">详见附件</a><img src="a.png" alt="图"></p>' +
  '<table><tr><th>Item 项目</th><th>件数</th></tr><tr><td>收到申请</td><td>73</td></tr></table>' +
  '<script>alert(1)</script></body></html>';

/** A report as Word saves it: a heading, paragraphs and a table of figures. */
async function writeWordReport(file: string): Promise<void> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '吴江区应急管理局2025年政府信息公开工作年度报告', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('一、总体情况'),
          new Paragraph('2025年，区应急管理局认真贯彻落实《条例》。'),
          new Table({ rows: [new TableRow({ children: [cell('本年新收'), cell('73')] })] }),
          new Paragraph('六、其他需要报告的事项'),
        ],
      },
    ],
  });
  await writeFile(file, await Packer.toBuffer(document));
}

describe('the full text of an annual report, from the cell or a file', () => {
  let folder: Folder;
  beforeAll(async () => {
    folder = await tempFolder('full-text');
    await mkdir(folder.file('全文'));
    await writeFile(folder.file('gbk.txt'), iconv.encode('吴江区应急管理局2024年政府信息公开工作年度报告\r\n一、总体情况', 'gbk'));
    await writeFile(folder.file('utf16.txt'), iconv.encode('\u3000一、总体情况', 'utf-16le', { addBOM: true }));
    await writeFile(folder.file('全文/2024.html'), iconv.encode(REPORT_HTML, 'gbk'));
    await writeWordReport(folder.file('全文/2025.docx'));
    await writeFile(folder.file('binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0xfe, 0x80, 0x81, 0x00, 0x00, 0x07, 0x08]));
    await writeFile(folder.file('broken.docx'), 'not a zip file');
  });
  afterAll(() => folder.remove());

  it('tells a reference from the text itself', () => {
    for (const cell of ['2024.txt', ' 全文/2024.html ', '全文\\2025.docx', '年报.PDF', '2024.doc', '2024.wps', 'https://www.wujiang.gov.cn/art/2025/1/20/art_1.html', 'www.wujiang.gov.cn']) {
      expect(isFullTextReference(cell), cell).toBe(true);
    }
    for (const cell of ['报告正文写在这里。', '一、总体情况\n详见 2024.txt', '本报告电子版可在 www.wujiang.gov.cn 查阅']) {
      expect(isFullTextReference(cell), cell).toBe(false);
    }
  });

  it('reads text files in GBK and in UTF-16, without the byte order mark', async () => {
    await expect(readFullText('gbk.txt', folder.dir)).resolves.toBe('吴江区应急管理局2024年政府信息公开工作年度报告\r\n一、总体情况');
    await expect(readFullText('utf16.txt', folder.dir)).resolves.toBe('一、总体情况');
  });

  it('reads a GBK web page in a subfolder: headings as written, cells apart, no markup, script, style or link targets', async () => {
    for (const cell of ['全文/2024.html', '全文\\2024.html']) {
      const text = await readFullText(cell, folder.dir);
      expect(text).toMatch(/^Annual Report 吴江区应急管理局2024年政府信息公开工作年度报告\n+一、总体情况\n+依法公开<政府信息>，详见附件\n/);
      expect(text).toMatch(/Item 项目\s+件数\n收到申请\s+73$/);
      expect(text).not.toMatch(/alert|color|x\.gov\.cn|a\.png|页面标题/);
    }
  });

  it('reads a Word document paragraph by paragraph, its table included', async () => {
    const text = await readFullText('全文/2025.docx', folder.dir);
    const lines = text.split(/\n+/);
    expect(lines).toEqual(['吴江区应急管理局2025年政府信息公开工作年度报告', '一、总体情况', '2025年，区应急管理局认真贯彻落实《条例》。', '本年新收', '73', '六、其他需要报告的事项']);
  });

  it('refuses what cannot be the text, saying why', async () => {
    const refusals: [string, RegExp][] = [
      ['2024年报.pdf', /无法读取 \.pdf 格式的全文文件：2024年报\.pdf，请另存为 \.docx、\.html 或 \.txt/],
      ['2024.doc', /无法读取 \.doc 格式/],
      ['https://www.wujiang.gov.cn/a/2024.html', /不能是网址.*“链接”列/],
      ['../outside.txt', /须与台账在同一文件夹中/],
      ['全文\\..\\..\\outside.txt', /须与台账在同一文件夹中/],
      ['missing.docx', /找不到全文文件：missing\.docx/],
      ['binary.txt', /无法读取全文文件 binary\.txt：文件编码无法识别/],
      ['broken.docx', /无法读取全文文件 broken\.docx/],
    ];
    for (const [cell, message] of refusals) await expect(readFullText(cell, folder.dir), cell).rejects.toThrow(message);
  });
});

describeOnDatabases('importers: annual reports with their full text', (use) => {
  let folder: Folder;
  beforeAll(async () => {
    folder = await tempFolder('full-text-import');
    await writeFile(folder.file('2023.html'), iconv.encode(REPORT_HTML, 'gbk'));
  });
  afterAll(() => folder.remove());

  it('loads the text from a GBK page and rejects a .pdf and a web address in the 全文 column', async () => {
    const file = await writeCsv(folder.file('reports.csv'), [
      ['年度', '发布日期', '全文'],
      ['2023', '2024-01-20', '2023.html'],
      ['2024', '2025-01-20', '2024年报.pdf'],
      ['2025', '2026-01-20', 'https://www.wujiang.gov.cn/a/2025.html'],
    ]);
    const summary = await importLedgerFile(use(), { agency: 'full-text', kind: 'annual-reports', file });
    expect(summary).toMatchObject({ rowsRead: 3, loaded: 1, rejected: 2 });
    expect(summary.rejects.map((r) => r.reasons.map((reason) => reason.column))).toEqual([['全文'], ['全文']]);
    expect(summary.rejects.map((r) => r.reasons[0]!.message)).toEqual([expect.stringMatching(/\.pdf 格式/), expect.stringMatching(/不能是网址/)]);
    const stored = await use().db.selectFrom('annual_report').select(['year', 'full_text']).where('agency', '=', 'full-text').execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.full_text).toMatch(/^Annual Report 吴江区应急管理局2024年政府信息公开工作年度报告\n+一、总体情况/);
  });
});
