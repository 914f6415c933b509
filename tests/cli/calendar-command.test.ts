// The calendar commands through the real command line parser, on an embedded database directory.
import { afterAll, beforeAll, expect, it, describe } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../cli/index.ts';
import { captureOutput } from '../../cli/output.ts';

let dir: string;
const run = (...argv: string[]) => captureOutput(() => main([...argv, '--db', path.join(dir, 'db')]));

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gk-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gongkai calendar', () => {
  it('adds working days across National Day 2025', async () => {
    const { result, stdout } = await run('calendar', 'add-workdays', '2025-09-26', '20');
    expect(result).toBe(0);
    expect(stdout.trim()).toBe('2025-10-30');
  });

  it('accepts ledger date forms and tells workdays from holidays', async () => {
    expect((await run('calendar', 'is-workday', '2024年10月12日')).stdout).toMatch(/^2024-10-12 工作日/);
    expect((await run('calendar', 'is-workday', '2024/10/1')).stdout).toMatch(/休息日（国庆节）/);
  });

  it('exits 2 and names 2027 when the count leaves the calendar, then counts once 2027 is imported', async () => {
    const missing = await run('calendar', 'add-workdays', '2026-12-20', '20');
    expect(missing.result).toBe(2);
    expect(missing.stderr).toMatch(/2027/);

    const file = path.join(dir, '2027.csv');
    await writeFile(file, '日期,类型,名称\n2027-01-01,休,元旦\n2027-02-06,休,春节\n2027-02-07,班,春节\n');
    const imported = await run('calendar', 'import', file);
    expect(imported.result).toBe(0);
    expect(imported.stdout).toMatch(/已载入 2027 年.*版本 2/);
    const counted = await run('calendar', 'add-workdays', '2026-12-31', '1');
    expect(counted.stdout.trim()).toBe('2027-01-04');
  });

  it('rejects a bad calendar file naming the row and column', async () => {
    const file = path.join(dir, 'bad.csv');
    await writeFile(file, '日期,类型\n2028-01-01,休\n2028-13-01,班\n');
    const { result, stderr } = await run('calendar', 'import', file);
    expect(result).toBe(2);
    expect(stderr).toMatch(/bad\.csv 第 3 行第 1 列/);
  });

  it('exits 2 for a bad date', async () => {
    expect((await run('calendar', 'ordinal', '2024-02-30')).result).toBe(2);
  });
});
