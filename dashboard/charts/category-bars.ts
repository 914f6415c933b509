// Horizontal bars of counts per category, most first: the shape several charts share (documents by
// attribute, by channel). Each chart is still its own named function with its own labels.
import * as Plot from '@observablehq/plot';
import { CHART_STYLE, DEFAULT_WIDTH } from './common.ts';

export interface CategoryCount {
  category: string;
  count: number;
}

export function categoryBars(rows: readonly CategoryCount[], labels: { category: string; count: string; fill: string }, width = DEFAULT_WIDTH) {
  const data = [...rows].sort((a, b) => b.count - a.count || a.category.localeCompare(b.category, 'zh-CN'));
  return Plot.plot({
    width,
    height: 40 + data.length * 26,
    marginLeft: 120,
    marginRight: 50,
    style: CHART_STYLE,
    x: { label: labels.count, grid: true },
    y: { domain: data.map((d) => d.category), label: null },
    marks: [
      Plot.barX(data, { x: 'count', y: 'category', fill: labels.fill, tip: true, channels: { [labels.category]: 'category', [labels.count]: 'count' } }),
      Plot.text(data, { x: 'count', y: 'category', text: 'count', dx: 4, textAnchor: 'start' }),
      Plot.ruleX([0]),
    ],
  });
}
