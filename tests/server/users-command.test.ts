// gongkai users add / list through the real command line, on an embedded database directory; the account
// it creates logs in to the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../cli/index.ts';
import { captureOutput } from '../../cli/output.ts';
import { openDatabase } from '../../db/connection.ts';
import { buildApp } from '../../server/app.ts';

let dir: string;
const run = (...argv: string[]) => captureOutput(() => main([...argv, '--db', path.join(dir, 'db')]));

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gk-users-'));
  expect((await run('agency', 'add', 'pt', '--name', '普陀区应急管理局', '--profile', 'shanghai-putuo')).result).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gongkai users', () => {
  it('adds a section user with a generated password printed once, which logs in', async () => {
    const { result, stdout } = await run('users', 'add', 'zhangsan', '--role', 'section', '--agency', 'pt', '--section', '综合科');
    expect(result).toBe(0);
    expect(stdout).toMatch(/已添加用户 zhangsan（科室，pt \/ 综合科）/);
    const password = /初始密码（只显示这一次）：(\S+)/.exec(stdout)![1]!;
    expect(password).toHaveLength(16);

    const gk = await openDatabase(path.join(dir, 'db'));
    const app = await buildApp({ gk });
    try {
      const res = await app.inject({ method: 'POST', url: '/api/session', payload: { login: 'zhangsan', password } });
      expect(res.statusCode).toBe(200);
      expect(res.json().user).toMatchObject({ role: 'section', agency: 'pt', section: '综合科' });
    } finally {
      await app.close();
    }
  });

  it('adds an office administrator without an agency, with a given password, and lists users', async () => {
    const added = await run('users', 'add', 'admin', '--role', 'office', '--password', 'a-long-password');
    expect(added.result).toBe(0);
    expect(added.stdout).not.toMatch(/初始密码/);
    const { result, stdout } = await run('users', 'list');
    expect(result).toBe(0);
    const lines = stdout.split('\n').filter(Boolean).map((l) => l.split('\t').slice(0, 4));
    expect(lines).toEqual([
      ['zhangsan', '科室', 'pt', '综合科'],
      ['admin', '办公室', '全部机关', ''],
    ]);
  });

  it('refuses bad accounts with exit code 2 and a Chinese reason', async () => {
    const cases: [string[], RegExp][] = [
      [['users', 'add', 'lisi', '--role', 'section', '--agency', 'pt'], /科室用户须指定/],
      [['users', 'add', 'wangwu', '--role', 'leader'], /须指定机关/],
      [['users', 'add', 'zhaoliu', '--role', 'leader', '--agency', 'nowhere'], /未知机关/],
      [['users', 'add', 'admin', '--role', 'office', '--password', 'another-password'], /登录名已存在/],
      [['users', 'add', 'short', '--role', 'office', '--password', 'short'], /至少 8 个字符/],
    ];
    for (const [argv, message] of cases) {
      const { result, stderr } = await run(...argv);
      expect(result, argv.join(' ')).toBe(2);
      expect(stderr).toMatch(message);
    }
    expect((await run('users', 'add', 'x', '--role', 'boss', '--agency', 'pt')).result).toBe(2);
  });
});
