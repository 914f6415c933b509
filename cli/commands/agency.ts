// gongkai agency add <code> --name <name> --profile <id>;  gongkai agency list
import { Command, Option } from 'commander';
import { withDatabase, withDatabaseOption } from '../database-option.ts';
import { output } from '../output.ts';
import { InputError } from '../errors.ts';
import { upsertAgency } from '../../db/agencies.ts';
import { DEFAULT_PROFILE, PROFILE_IDS, isProfileId } from '../../rules/profiles/ids.ts';

export function agencyCommand(): Command {
  const agency = new Command('agency').description('机关：登记与列出');
  agency.addCommand(
    withDatabaseOption(new Command('add'))
      .description('登记机关（已存在则更新名称与适用规则集）')
      .argument('<code>', '机关代码')
      .requiredOption('--name <name>', '机关名称')
      .addOption(new Option('--profile <id>', '适用的规则集').choices([...PROFILE_IDS]).default(DEFAULT_PROFILE))
      .action(async (code: string, opts: { name: string; profile: string }, command: Command) => {
        if (!code.trim()) throw new InputError('机关代码不能为空 / agency code is empty');
        if (!isProfileId(opts.profile)) throw new InputError(`未知规则集 / unknown profile: ${opts.profile}`);
        await withDatabase(command, async (gk) => {
          await upsertAgency(gk.db, { code: code.trim(), name: opts.name, profile: opts.profile });
          output().out(`已登记机关 ${code}（${opts.name}），规则集 ${opts.profile}`);
        });
      }),
  );
  agency.addCommand(
    withDatabaseOption(new Command('list'))
      .description('列出已登记的机关')
      .action(async (_opts, command: Command) => {
        await withDatabase(command, async (gk) => {
          const rows = await gk.db.selectFrom('agency').select(['code', 'name', 'profile']).orderBy('code').execute();
          output().out(rows.length ? rows.map((r) => `${r.code}\t${r.name}\t${r.profile}`).join('\n') : '（尚无机关）');
        });
      }),
  );
  return agency;
}
