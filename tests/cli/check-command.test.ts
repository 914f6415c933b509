// `gongkai check` as outside checks drive it: ledger files, no --db, --format json.
import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../cli/index.ts';
import { captureOutput } from '../../cli/output.ts';

const samples = path.resolve(import.meta.dirname, '../../data-samples');

describe('gongkai check', () => {
  it('prints one JSON array of findings for ledger files on a throw-away database', async () => {
    const { result, stdout } = await captureOutput(() =>
      main([
        'check',
        '--requests', path.join(samples, 'wujiang/requests.xlsx'),
        '--profile', 'suzhou-wujiang-2023',
        '--as-of', '2026-03-31',
        '--format', 'json',
      ]),
    );
    expect(result).toBe(0);
    const findings = JSON.parse(stdout) as Record<string, unknown>[];
    expect(Array.isArray(findings)).toBe(true);
    expect(findings.length).toBeGreaterThan(10);
    for (const f of findings) {
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining(['rule', 'subject', 'severity', 'due', 'actual', 'lateWorkdays', 'section', 'message', 'details']),
      );
      expect(f.due === null || /^\d{4}-\d{2}-\d{2}$/.test(String(f.due))).toBe(true);
      expect(f.lateWorkdays === null || Number.isInteger(f.lateWorkdays)).toBe(true);
    }
    expect(findings.some((f) => f.rule === 'req/answer-late')).toBe(true);
    expect(findings.every((f) => String(f.rule).startsWith('req/'))).toBe(true);
  });

  it('exits 1 with --fail-on error when there are errors, and prints CSV with a BOM', async () => {
    const { result, stdout } = await captureOutput(() =>
      main([
        'check', '--requests', path.join(samples, 'wujiang/requests.xlsx'), '--profile', 'suzhou-wujiang-2023',
        '--as-of', '2026-03-31', '--format', 'csv', '--fail-on', 'error',
      ]),
    );
    expect(result).toBe(1);
    expect(stdout.startsWith('\uFEFF规则,对象,科室,级别,期限,实际,超期工作日,说明')).toBe(true);
  });

  it('exits 2 naming the file and the column when a required column is missing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gk-check-'));
    const file = path.join(dir, '登记台账.csv');
    await writeFile(file, '申请编号,申请人类型,收到日期\nA1,自然人,2025-03-03\n');
    const { result, stderr } = await captureOutput(() => main(['check', '--requests', file, '--format', 'json']));
    expect(result).toBe(2);
    expect(stderr).toContain('登记台账.csv');
    expect(stderr).toMatch(/提交方式|channel/);
  });

  it('exits 2 for a bad --as-of date', async () => {
    const { result, stderr } = await captureOutput(() => main(['check', '--as-of', '2025-13-01', '--db', 'memory://']));
    expect(result).toBe(2);
    expect(stderr).toContain('--as-of');
  });
});
