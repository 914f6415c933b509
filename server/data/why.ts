// The one-sentence Chinese "why" of a finding: what was computed (the finding's message: due date, actual
// date, working days late) and the articles it breaks.
import type { Rule } from '../../rules/types.ts';

export function whyOf(message: string, rule: Rule | undefined): string {
  const what = message.replace(/[。；;，,\s]+$/u, '');
  if (!rule || rule.meta.articles.length === 0) return `${what}。`;
  return `${what}，不符合${rule.meta.articles.join('、')}的规定（${rule.meta.title.zh}）。`;
}
