// 科室按期率排行: each section's share of its items (documents formed, requests received in the period)
// that met every deadline, best first, coloured by band, with the thresholds drawn as rules.
import * as Plot from '@observablehq/plot';
import { CHART_FONT, CHART_STYLE, DEFAULT_WIDTH, type ChartSize } from './common.ts';

export interface SectionOnTime {
  section: string;
  items: number;
  late: number;
  /** 1 − late / items */
  rate: number;
}

/** Rates at or above `good` are 良好, at or above `fair` 需关注, below it 较差. */
export interface OnTimeThresholds {
  good: number;
  fair: number;
}

export const DEFAULT_THRESHOLDS: OnTimeThresholds = { good: 0.95, fair: 0.85 };

export const BAND_NAMES = ['良好', '需关注', '较差'] as const;
const BAND_COLORS = ['#2e8b57', '#e69b00', '#c0392b'];

export function bandOf(rate: number, thresholds: OnTimeThresholds = DEFAULT_THRESHOLDS): (typeof BAND_NAMES)[number] {
  if (rate >= thresholds.good) return '良好';
  if (rate >= thresholds.fair) return '需关注';
  return '较差';
}

export function onTimeLeague(rows: readonly SectionOnTime[], { width = DEFAULT_WIDTH, thresholds = DEFAULT_THRESHOLDS }: ChartSize & { thresholds?: OnTimeThresholds } = {}) {
  const data = [...rows]
    .sort((a, b) => b.rate - a.rate || b.items - a.items || a.section.localeCompare(b.section, 'zh-CN'))
    .map((r, i) => ({ ...r, rank: i + 1, band: bandOf(r.rate, thresholds), label: `${(r.rate * 100).toFixed(1)}%` }));
  return Plot.plot({
    width,
    height: 40 + data.length * 28,
    marginLeft: 130,
    marginRight: 60,
    style: CHART_STYLE,
    x: { domain: [0, 1], tickFormat: '.0%', label: '按期率', grid: true },
    y: { domain: data.map((d) => d.section), label: null, tickFormat: (s: string) => `${data.find((d) => d.section === s)?.rank ?? ''}. ${s}` },
    color: { domain: [...BAND_NAMES], range: BAND_COLORS, legend: true, label: '评价' },
    marks: [
      Plot.barX(data, {
        x: 'rate',
        y: 'section',
        fill: 'band',
        tip: true,
        channels: { 名次: 'rank', 事项数: 'items', 逾期事项: 'late', 按期率: 'label' },
      }),
      Plot.text(data, { x: 'rate', y: 'section', text: 'label', dx: 4, textAnchor: 'start', fontFamily: CHART_FONT }),
      Plot.ruleX([thresholds.fair, thresholds.good], { stroke: '#555', strokeDasharray: '4,3' }),
      Plot.text(
        [
          { x: thresholds.fair, t: `需关注线 ${Math.round(thresholds.fair * 100)}%` },
          { x: thresholds.good, t: `良好线 ${Math.round(thresholds.good * 100)}%` },
        ],
        { x: 'x', text: 't', frameAnchor: 'top', dy: -10, fontSize: 10, fill: '#555' },
      ),
    ],
  });
}
