// The pacer of ExcelJS's streaming writer (reports/evaluation/zip-pacing.ts): it sees what the zip has not
// yet compressed, keeps that under its limit while rows are written into a slow output stream, gives up
// waiting on a sheet the zip is not reading yet, and the paced workbook reads back with every row.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { PassThrough, Writable } from 'node:stream';
import { ZipPacer, zipBacklog } from '../../reports/evaluation/zip-pacing.ts';

const ROW_TEXT = '关于开展安全生产专项检查工作的通知（第二批）及其附件的公开情况说明';

function row(i: number): (string | number)[] {
  return [i, `DOC-${i}`, `${ROW_TEXT}${i}`, `${i % 97}-${ROW_TEXT}`];
}

/** An output that takes each chunk a timer tick later, and keeps what it got for reading back. */
function slowOutput(): { stream: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      setTimeout(done, 1);
    },
  });
  return { stream, bytes: () => Buffer.concat(chunks) };
}

async function readBack(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const input = new PassThrough();
  input.end(bytes);
  await workbook.xlsx.read(input);
  return workbook;
}

describe('ZipPacer', () => {
  it('sees the rows the zip has not compressed yet', async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new PassThrough().resume(), useStyles: false });
    const sheet = workbook.addWorksheet('清单');
    for (let i = 1; i <= 2000; i++) sheet.addRow(row(i)).commit();
    // Written in one stretch, nothing was handed to deflate: the whole sheet waits uncompressed.
    expect(zipBacklog(sheet)).toBeGreaterThan(100_000);
    sheet.commit();
    await workbook.commit();
    expect(zipBacklog(sheet)).toBe(0);
  });

  it('keeps the backlog under its limit writing into a slow stream, and every row arrives', async () => {
    const output = slowOutput();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output.stream, useStyles: false });
    const sheet = workbook.addWorksheet('清单');
    const maxBacklog = 256 * 1024;
    const pacer = new ZipPacer(sheet, { rowsPerTurn: 16, maxBacklog });
    let worst = 0;
    const rows = 20_000;
    for (let i = 1; i <= rows; i++) {
      sheet.addRow(row(i)).commit();
      const turn = pacer.rowWritten();
      if (turn) {
        await turn;
        worst = Math.max(worst, zipBacklog(sheet));
      }
    }
    sheet.commit();
    await workbook.commit();
    expect(worst).toBeGreaterThan(0);
    expect(worst).toBeLessThanOrEqual(maxBacklog);

    const read = (await readBack(output.bytes())).getWorksheet('清单')!;
    expect(read.rowCount).toBe(rows);
    expect(read.getRow(rows).values).toEqual([undefined, ...row(rows)]);
  }, 60_000);

  it('stops waiting on a sheet the zip does not read yet instead of hanging', async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new PassThrough().resume(), useStyles: false });
    const first = workbook.addWorksheet('一');
    const second = workbook.addWorksheet('二');
    const pacer = new ZipPacer(second, { rowsPerTurn: 100, maxBacklog: 1024, stallMs: 20 });
    // The first sheet is still open, so the zip has not started on the second.
    for (let i = 1; i <= 500; i++) {
      second.addRow(row(i)).commit();
      await pacer.rowWritten();
    }
    expect(zipBacklog(second)).toBeGreaterThan(1024);
    first.commit();
    second.commit();
    await workbook.commit();
    expect(zipBacklog(second)).toBe(0);
  }, 60_000);
});
