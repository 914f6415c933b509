// gongkai rules list [--profile <id>] [--format table|json]: the catalogue with its citations.
import { Command, Option } from 'commander';
import { withDatabaseOption } from '../database-option.ts';
import { output } from '../output.ts';
import { ruleCatalogue } from '../../rules/catalogue.ts';
import { PROFILE_IDS } from '../../rules/profiles/ids.ts';
import { resolveProfile } from '../../rules/profiles/index.ts';

const SEVERITY_ZH: Record<string, string> = { error: '严重', warning: '一般', info: '提示' };

export function rulesCommand(): Command {
  const rules = new Command('rules').description('规则目录');
  rules.addCommand(
    withDatabaseOption(new Command('list'))
      .description('列出规则、级别与所依据的条款')
      .addOption(new Option('--profile <id>', '只列出该规则集启用的规则及其参数').choices([...PROFILE_IDS]))
      .addOption(new Option('--format <format>', '输出格式').choices(['table', 'json']).default('table'))
      .action((opts: { profile?: string; format: 'table' | 'json' }) => {
        const entries = ruleCatalogue(opts.profile);
        if (opts.format === 'json') {
          output().out(JSON.stringify(entries, null, 2));
          return;
        }
        const lines: string[] = [];
        if (opts.profile) {
          const profile = resolveProfile(opts.profile);
          lines.push(`规则集 ${profile.id}（${profile.name.zh}），版本 ${profile.version}，生效 ${profile.effectiveFrom}`, '');
        }
        for (const e of entries) {
          lines.push(`${e.id}  ${e.title.zh}  [${SEVERITY_ZH[e.severity]}]`);
          lines.push(`    依据：${e.articles.join('、')}`);
          for (const d of e.deadlines) lines.push(`    期限：${d.zh} = ${d.value}（${d.article}）`);
          const options = Object.entries(e.options);
          if (options.length) lines.push(`    参数：${options.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join('，')}`);
        }
        lines.push('', `共 ${entries.length} 条规则`);
        output().out(lines.join('\n'));
      }),
  );
  return rules;
}
