// 各规则问题数: findings per rule, most first, labelled by the rule's Chinese title.
import * as Plot from '@observablehq/plot';
import { CHART_STYLE, DEFAULT_WIDTH, type ChartSize } from './common.ts';

export interface RuleCount {
  rule: string;
  title: string;
  count: number;
}

export function findingsByRule(rows: readonly RuleCount[], { width = DEFAULT_WIDTH }: ChartSize = {}) {
  const data = [...rows].sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
  return Plot.plot({
    width,
    height: 40 + data.length * 22,
    marginLeft: 220,
    marginRight: 40,
    style: CHART_STYLE,
    x: { label: '问题数', grid: true },
    y: { domain: data.map((d) => d.title), label: null },
    marks: [
      Plot.barX(data, { x: 'count', y: 'title', fill: '#4f6fa8', tip: true, channels: { 规则: 'rule', 问题数: 'count' } }),
      Plot.text(data, { x: 'count', y: 'title', text: 'count', dx: 4, textAnchor: 'start' }),
      Plot.ruleX([0]),
    ],
  });
}
