import { describe, expect, it } from 'vitest';
import { safeCell, spreadsheetSafe } from '../../dashboard/src/export/spreadsheet-safe.ts';
import { findingsCsv } from '../../dashboard/src/export/findings-csv.ts';
import type { Finding } from '../../dashboard/src/api/types.ts';

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  id: 7,
  agency: 'wujiang-yjj',
  rule: 'req/answer-late',
  ruleTitle: '答复超期',
  severity: 'error',
  subjectKind: 'request',
  subject: 'WJ-1',
  section: '执法大队',
  due: '2024-11-04',
  actual: '2024-11-06',
  lateWorkdays: 2,
  message: '申请 WJ-1 应于 2024-11-04 前答复',
  status: 'open',
  statusBy: null,
  statusNote: null,
  statusAt: null,
  resolvedByData: false,
  ...overrides,
});

describe('spreadsheet formula injection', () => {
  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=1', '\r=1'])('neutralises %j', (text) => {
    expect(spreadsheetSafe(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text and numbers alone', () => {
    expect(spreadsheetSafe('关于=的通知')).toBe('关于=的通知');
    expect(safeCell(-3)).toBe(-3);
    expect(safeCell(null)).toBeNull();
  });
});

describe('findingsCsv', () => {
  it('writes a BOM, Chinese headers, CRLF rows, and quotes what needs quoting', () => {
    const csv = findingsCsv([finding({ message: '他说"超期"，应答复' })]);
    expect(csv.startsWith('\uFEFF编号,机关,科室,规则,问题,严重程度')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"他说""超期""，应答复"');
    expect(lines[1]).toContain(',严重,');
    expect(lines[1]).toContain(',待处理,');
  });

  it('escapes a formula in ledger text', () => {
    const csv = findingsCsv([finding({ subject: '=HYPERLINK("http://x","y")', statusNote: '-1' })]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).toContain(",'-1");
  });
});
