import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { ARROW_STREAM as SERVER_ARROW_STREAM, tableOf } from '../../server/arrow.ts';
import { ARROW_STREAM, rowsOf } from '../../dashboard/src/api/arrow.ts';
import { RecordBatchStreamWriter } from 'apache-arrow';

describe('Arrow rows in the dashboard', () => {
  it('asks for what the server sends', () => {
    expect(ARROW_STREAM).toBe(SERVER_ARROW_STREAM);
  });

  it('reads the server’s stream into rows shaped like its JSON (dates as YYYY-MM-DD, nulls kept)', async () => {
    const table = tableOf(
      [
        { id: 1, subject: '申请 1', due: '2024-11-04', late: 2, done: true },
        { id: 2, subject: null, due: null, late: null, done: false },
      ],
      { id: 'int32', subject: 'utf8', due: 'date', late: 'int32', done: 'bool' },
    );
    const bytes = await RecordBatchStreamWriter.writeAll(table).toUint8Array();
    expect(rowsOf(tableFromIPC(bytes))).toEqual([
      { id: 1, subject: '申请 1', due: '2024-11-04', late: 2, done: true },
      { id: 2, subject: null, due: null, late: null, done: false },
    ]);
  });
});
