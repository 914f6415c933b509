// setTabOrder (reports/evaluation/tab-order.ts): the big sheet is zipped first, yet the tabs read back in
// the order asked for, each with its own rows and print titles; a list that leaves out a sheet is refused.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PassThrough } from 'node:stream';
import { setTabOrder } from '../../reports/evaluation/tab-order.ts';

function collect(): { stream: PassThrough; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, bytes: () => Buffer.concat(chunks) };
}

describe('setTabOrder', () => {
  it('lists the tabs in the order given while the zip keeps the order the sheets were added in', async () => {
    const output = collect();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output.stream, useStyles: true });
    const list = workbook.addWorksheet('问题清单', { pageSetup: { printTitlesRow: '1:2' } });
    const summary = workbook.addWorksheet('评分汇总', { pageSetup: { printTitlesRow: '1:4' } });
    const scheme = workbook.addWorksheet('评分标准', { pageSetup: { printTitlesRow: '1:1' } });
    setTabOrder(workbook, [summary, scheme, list]);
    for (let i = 1; i <= 300; i++) list.addRow([i, `DOC-${i}`]).commit();
    list.commit();
    summary.addRow(['合计', { formula: "COUNT('问题清单'!A1:A300)", result: 300 }]).commit();
    summary.commit();
    scheme.addRow(['标准']).commit();
    scheme.commit();
    await workbook.commit();

    const zip = await JSZip.loadAsync(output.bytes());
    const sheetFiles = Object.keys(zip.files).filter((f) => f.includes('worksheets/sheet'));
    // 问题清单 was added first, so its part is first in the zip (sheet1.xml).
    expect(sheetFiles[0]).toMatch(/sheet1\.xml$/);

    const read = new ExcelJS.Workbook();
    await read.xlsx.load(output.bytes() as unknown as ExcelJS.Buffer);
    expect(read.worksheets.map((s) => s.name)).toEqual(['评分汇总', '评分标准', '问题清单']);
    expect(read.getWorksheet('问题清单')!.rowCount).toBe(300);
    expect(read.getWorksheet('问题清单')!.getCell('B300').value).toBe('DOC-300');
    expect(read.getWorksheet('评分汇总')!.getCell('B1').value).toMatchObject({ formula: "COUNT('问题清单'!A1:A300)", result: 300 });
    expect(read.getWorksheet('评分标准')!.getCell('A1').value).toBe('标准');
    // Print titles are kept per sheet by the sheet's position: each must still be its own.
    expect(read.getWorksheet('评分汇总')!.pageSetup.printTitlesRow).toBe('1:4');
    expect(read.getWorksheet('评分标准')!.pageSetup.printTitlesRow).toBe('1:1');
    expect(read.getWorksheet('问题清单')!.pageSetup.printTitlesRow).toBe('1:2');
  });

  it('refuses an order that leaves a sheet out or names one twice', () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new PassThrough().resume() });
    const a = workbook.addWorksheet('甲');
    const b = workbook.addWorksheet('乙');
    expect(() => setTabOrder(workbook, [a])).toThrow(/every sheet/);
    expect(() => setTabOrder(workbook, [a, a])).toThrow(/every sheet/);
    setTabOrder(workbook, [b, a]);
  });
});
