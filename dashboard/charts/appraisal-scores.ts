// 科室考核得分: each section's score against the scheme's maximum, with last year's score as a tick.
import * as Plot from '@observablehq/plot';
import { CHART_STYLE, DEFAULT_WIDTH, type ChartSize } from './common.ts';

export interface SectionScore {
  label: string;
  total: number;
  max: number;
  grade: string;
  previousTotal: number | null;
}

export function appraisalScores(rows: readonly SectionScore[], { width = DEFAULT_WIDTH }: ChartSize = {}) {
  const data = [...rows].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'zh-CN'));
  const max = Math.max(1, ...data.map((d) => d.max));
  return Plot.plot({
    width,
    height: 50 + data.length * 26,
    marginLeft: 130,
    marginRight: 70,
    style: CHART_STYLE,
    x: { domain: [0, max], label: '得分', grid: true },
    y: { domain: data.map((d) => d.label), label: null },
    color: { type: 'ordinal', scheme: 'tableau10', legend: true, label: '等次' },
    marks: [
      Plot.barX(data, { x: 'total', y: 'label', fill: 'grade', tip: true, channels: { 科室: 'label', 得分: 'total', 等次: 'grade', 上年得分: 'previousTotal' } }),
      Plot.tickX(data.filter((d) => d.previousTotal !== null), { x: 'previousTotal', y: 'label', stroke: '#333', strokeDasharray: '2,2', title: () => '上年得分' }),
      Plot.text(data, { x: 'total', y: 'label', text: (d: SectionScore) => `${d.total}（${d.grade}）`, dx: 4, textAnchor: 'start' }),
    ],
  });
}
