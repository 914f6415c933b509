// 规则: the catalogue of the agency's profile, each rule with its articles, deadlines and parameters.
import type { CatalogueRule } from '../api/types.ts';
import type { PageContext } from '../app/context.ts';
import { el, replaceChildren } from '../ui/dom.ts';
import { RULE_FAMILY_NAMES, ruleFamily, SEVERITY_NAMES } from '../ui/format.ts';
import { dataTable } from '../ui/table.ts';
import { ruleCatalogue } from '../data/choices.ts';

function optionsText(options: Record<string, unknown>): string {
  const entries = Object.entries(options);
  return entries.length ? entries.map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join('；') : '—';
}

export async function renderRules(container: HTMLElement, context: PageContext): Promise<void> {
  const catalogue = await ruleCatalogue(context.agency);
  const profile = catalogue.profile;
  const byFamily = new Map<string, CatalogueRule[]>();
  for (const rule of catalogue.rules) byFamily.set(ruleFamily(rule.id), [...(byFamily.get(ruleFamily(rule.id)) ?? []), rule]);
  replaceChildren(
    container,
    el(
      'p',
      { class: 'muted' },
      profile ? `规则集：${profile.name.zh}（${profile.id}，版本 ${profile.version}，自 ${profile.effectiveFrom} 起施行），共 ${catalogue.rules.length} 条规则。` : `全部规则及其默认参数，共 ${catalogue.rules.length} 条。`,
    ),
    ...[...byFamily].map(([family, rules]) =>
      el(
        'section',
        { class: 'panel' },
        el('h2', null, RULE_FAMILY_NAMES[family] ?? family),
        dataTable<CatalogueRule>(
          [
            { label: '规则', cell: (r) => el('code', null, r.id) },
            { label: '名称', cell: (r) => r.title.zh },
            { label: '严重程度', cell: (r) => SEVERITY_NAMES[r.severity as keyof typeof SEVERITY_NAMES] ?? r.severity },
            { label: '依据', cell: (r) => r.articles.join('、') },
            { label: '说明', cell: (r) => r.description },
            { label: '期限', cell: (r) => (r.deadlines.length ? r.deadlines.map((d) => `${d.zh} ${d.value}（${d.article}）`).join('；') : '—') },
            { label: '参数', cell: (r) => optionsText(r.options) },
          ],
          rules,
        ),
      ),
    ),
  );
}
