// gongkai users add <login> --role <leader|office|section|appraisal> [--agency <code>] [--section <name>]
//   [--password <pw>] [--name <display name>];  gongkai users list [--agency <code>]
// Without --password a password is generated and printed once (a password typed on the command line stays
// in the shell's history). Only the installation's office administrator may have no agency.
import { Command, Option } from 'commander';
import { withDatabase, withDatabaseOption } from '../database-option.ts';
import { output } from '../output.ts';
import { InputError } from '../errors.ts';
import type { Role } from '../../db/schema.ts';
import { ROLES, ROLE_NAMES } from '../../server/auth/roles.ts';
import { AccountError, createAccount, listAccounts } from '../../server/auth/users.ts';
import { generatePassword } from '../../server/auth/passwords.ts';

interface AddOptions {
  role: Role;
  agency?: string;
  section?: string;
  password?: string;
  name?: string;
}

function addCommand(): Command {
  return withDatabaseOption(new Command('add'))
    .description('添加用户（未给出 --password 时生成密码并只显示这一次）')
    .argument('<login>', '登录名')
    .addOption(new Option('--role <role>', '角色：leader 分管领导、office 办公室、section 科室、appraisal 考核').choices([...ROLES]).makeOptionMandatory())
    .option('--agency <code>', '机关代码（办公室管理员可不填，即可见全部机关）')
    .option('--section <name>', '科室（科室用户必填）')
    .option('--password <pw>', '密码（至少 8 个字符）')
    .option('--name <name>', '显示名称')
    .action(async (login: string, opts: AddOptions, command: Command) => {
      const generated = opts.password === undefined;
      const password = opts.password ?? generatePassword();
      await withDatabase(command, async (gk) => {
        try {
          const user = await createAccount(gk.db, {
            login,
            role: opts.role,
            agency: opts.agency ?? null,
            section: opts.section ?? null,
            password,
            displayName: opts.name ?? null,
          });
          const where = [user.agency ?? '全部机关', user.section].filter(Boolean).join(' / ');
          output().out(`已添加用户 ${user.login}（${ROLE_NAMES[user.role]}，${where}）`);
          if (generated) output().out(`初始密码（只显示这一次）：${password}`);
        } catch (error) {
          if (error instanceof AccountError) throw new InputError(error.message);
          throw error;
        }
      });
    });
}

function listCommand(): Command {
  return withDatabaseOption(new Command('list'))
    .description('列出用户')
    .option('--agency <code>', '只列出该机关的用户')
    .action(async (opts: { agency?: string }, command: Command) => {
      await withDatabase(command, async (gk) => {
        const users = await listAccounts(gk.db, opts.agency ?? null);
        output().out(
          users.length
            ? users.map((u) => [u.login, ROLE_NAMES[u.role], u.agency ?? '全部机关', u.section ?? '', u.display_name ?? ''].join('\t')).join('\n')
            : '（尚无用户）',
        );
      });
    });
}

export function usersCommand(): Command {
  return new Command('users').description('用户：添加与列出').addCommand(addCommand()).addCommand(listCommand());
}
