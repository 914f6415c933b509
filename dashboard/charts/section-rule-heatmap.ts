// 科室 × 规则 热力图: one cell per section and rule, darker for more findings, the count written in it, the
// rule's Chinese title in the tip.
import * as Plot from '@observablehq/plot';
import { CHART_STYLE, DEFAULT_WIDTH, type ChartSize } from './common.ts';

export interface SectionRuleCount {
  section: string;
  rule: string;
  title: string;
  count: number;
}

export function sectionRuleHeatmap(rows: readonly SectionRuleCount[], { width = DEFAULT_WIDTH }: ChartSize = {}) {
  const sections = new Set(rows.map((r) => r.section)).size;
  const most = Math.max(1, ...rows.map((r) => r.count));
  return Plot.plot({
    width,
    height: Math.max(140, 40 + sections * 28 + 120),
    marginLeft: 110,
    marginBottom: 120,
    style: CHART_STYLE,
    x: { label: '规则', tickRotate: -40 },
    y: { label: '科室' },
    // No colour legend: every cell carries its count as text.
    color: { type: 'sqrt', scheme: 'oranges', label: '问题数' },
    marks: [
      Plot.cell(rows, {
        x: 'rule',
        y: 'section',
        fill: 'count',
        inset: 0.5,
        tip: true,
        channels: { 科室: 'section', 规则: 'title', 问题数: 'count' },
      }),
      // Light text on the darkest cells, so every count stays readable.
      Plot.text(rows, { x: 'rule', y: 'section', text: 'count', fill: (d: SectionRuleCount) => (d.count / most > 0.6 ? 'white' : 'black'), fontSize: 11 }),
    ],
  });
}
