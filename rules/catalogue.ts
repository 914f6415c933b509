// The rule catalogue, generated from the rules' meta: what `gongkai rules list`, the dashboard's 规则 page
// and docs/rules.md show.
import { RULES } from './index.ts';
import { resolveProfile } from './profiles/index.ts';
import { DEADLINE_META, type DeadlineName } from './ledgers/deadlines.ts';
import { ruleOptions } from './engine/options.ts';

export interface CatalogueEntry {
  id: string;
  title: { zh: string; en: string };
  severity: string;
  ledger: string;
  articles: string[];
  description: string;
  deadlines: { name: string; zh: string; value: number; article: string }[];
  options: Record<string, unknown>;
}

export function ruleCatalogue(profileId?: string): CatalogueEntry[] {
  const profile = profileId ? resolveProfile(profileId) : null;
  return Object.values(RULES)
    .filter((rule) => !profile || profile.rules.has(rule.meta.id))
    .map((rule) => ({
      id: rule.meta.id,
      title: rule.meta.title,
      severity: rule.meta.severity,
      ledger: rule.meta.ledger,
      articles: rule.meta.articles,
      description: rule.meta.description,
      deadlines: (rule.meta.deadlines ?? []).map((name) => {
        const meta = DEADLINE_META[name as DeadlineName];
        return {
          name,
          zh: meta.zh,
          value: profile ? profile.deadlines[name as DeadlineName] : meta.default,
          article: profile?.deadlineArticles[name as DeadlineName] ?? meta.article,
        };
      }),
      options: ruleOptions(rule, profile?.rules.get(rule.meta.id) ?? {}),
    }));
}
