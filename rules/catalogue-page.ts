// docs/rules.md, generated from the rules' meta (as ESLint generates its rules index page): the catalogue
// in Chinese, with each rule's articles and each profile's deadlines. `npm run docs:rules` rewrites it and a
// test fails when it is stale.
import { ruleCatalogue } from './catalogue.ts';
import { PROFILE_IDS } from './profiles/ids.ts';
import { PROFILES, resolveProfile } from './profiles/index.ts';
import { DEADLINE_META, type DeadlineName } from './ledgers/deadlines.ts';

const SEVERITY_ZH: Record<string, string> = { error: '严重', warning: '一般', info: '提示' };
const LEDGER_ZH: Record<string, string> = {
  documents: '政府信息台账',
  requests: '依申请公开登记台账',
  publications: '网站与新媒体发布记录',
  columns: '网站栏目',
  'annual-reports': '年度报告',
};

export function renderCataloguePage(): string {
  const lines = [
    '# 规则目录',
    '',
    '本页由 `npm run docs:rules` 根据各规则的元数据生成，请勿手工修改。',
    '',
    '## 规则集',
    '',
    '| 规则集 | 名称 | 版本 | 生效日期 | 继承 | 规则数 |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const id of PROFILE_IDS) {
    const p = resolveProfile(id);
    lines.push(`| \`${id}\` | ${p.name.zh} | ${p.version} | ${p.effectiveFrom} | ${PROFILES[id].extends ?? '—'} | ${p.rules.size} |`);
  }
  lines.push('', '## 期限参数', '', `| 参数 | 含义 | ${PROFILE_IDS.map((id) => `\`${id}\``).join(' | ')} |`);
  lines.push(`| --- | --- | ${PROFILE_IDS.map(() => '---').join(' | ')} |`);
  for (const name of Object.keys(DEADLINE_META) as DeadlineName[]) {
    const cells = PROFILE_IDS.map((id) => {
      const p = resolveProfile(id);
      return `${p.deadlines[name]}（${p.deadlineArticles[name]}）`;
    });
    lines.push(`| \`${name}\` | ${DEADLINE_META[name].zh} | ${cells.join(' | ')} |`);
  }
  lines.push('', '## 规则', '');
  const enabledIn = (ruleId: string) => PROFILE_IDS.filter((id) => resolveProfile(id).rules.has(ruleId));
  for (const entry of ruleCatalogue()) {
    lines.push(`### \`${entry.id}\` ${entry.title.zh}`, '');
    lines.push(`${entry.description}`, '');
    lines.push(`- 英文名：${entry.title.en}`);
    lines.push(`- 级别：${SEVERITY_ZH[entry.severity]}；台账：${LEDGER_ZH[entry.ledger]}`);
    lines.push(`- 依据：${entry.articles.join('、')}`);
    if (entry.deadlines.length) lines.push(`- 期限参数：${entry.deadlines.map((d) => `\`${d.name}\``).join('、')}`);
    const options = Object.entries(entry.options);
    if (options.length) lines.push(`- 参数（默认值）：${options.map(([k, v]) => `\`${k}\` = \`${JSON.stringify(v)}\``).join('；')}`);
    lines.push(`- 启用于：${enabledIn(entry.id).map((id) => `\`${id}\``).join('、') || '（无）'}`, '');
  }
  return `${lines.join('\n')}\n`;
}
