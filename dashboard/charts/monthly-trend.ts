// 按月问题趋势: findings per month of their due date, stacked by severity. Months are time, so the bars
// are rectY over a monthly interval (not an ordinal band), and gaps between months stay visible.
import * as Plot from '@observablehq/plot';
import type { Severity } from '../src/api/types.ts';
import { CHART_STYLE, DEFAULT_WIDTH, SEVERITY_SCALE, severityName, type ChartSize } from './common.ts';

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  severity: Severity;
  count: number;
}

export function monthlyTrend(rows: readonly MonthCount[], { width = DEFAULT_WIDTH }: ChartSize = {}) {
  const data = rows.map((r) => ({ ...r, start: new Date(`${r.month}-01T00:00:00Z`), severityName: severityName(r.severity) }));
  return Plot.plot({
    width,
    height: 260,
    marginLeft: 48,
    style: CHART_STYLE,
    x: { type: 'utc', label: '月份（期限所在月）', tickFormat: '%Y-%m' },
    // Counts are whole: no 0.5 ticks.
    y: { label: '问题数', grid: true, tickFormat: (n: number) => (Number.isInteger(n) ? String(n) : '') },
    color: SEVERITY_SCALE,
    marks: [
      Plot.rectY(data, {
        x: 'start',
        y: 'count',
        interval: 'month',
        fill: 'severityName',
        inset: 1,
        tip: true,
        title: (d: (typeof data)[number]) => `${d.month} ${d.severityName}：${d.count} 个`,
        channels: { 月份: 'month', 严重程度: 'severityName', 问题数: 'count' },
      }),
      Plot.ruleY([0]),
    ],
  });
}
