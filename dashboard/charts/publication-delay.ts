// 公开时效分布: for published proactive documents, the calendar days from formed (or changed, the later) to
// published, binned, with the documents the rules found late in a separate colour. Calendar days, not
// working days: the deadline itself is judged by the rules on the working-day calendar.
import * as Plot from '@observablehq/plot';
import { CHART_STYLE, DEFAULT_WIDTH, type ChartSize } from './common.ts';

export interface PublicationDelay {
  recordKey: string;
  days: number;
  late: boolean;
}

export function publicationDelay(rows: readonly PublicationDelay[], { width = DEFAULT_WIDTH }: ChartSize = {}) {
  const data = rows.map((r) => ({ ...r, verdict: r.late ? '超期公开' : '按期公开' }));
  return Plot.plot({
    width,
    height: 240,
    marginLeft: 48,
    style: CHART_STYLE,
    x: { label: '形成（变更）至公开的天数（自然日）' },
    y: { label: '文件数', grid: true },
    color: { domain: ['按期公开', '超期公开'], range: ['#4f6fa8', '#c0392b'], legend: true, label: '判定' },
    marks: [
      Plot.rectY(data, Plot.binX<Plot.RectYOptions>({ y: 'count' }, { x: 'days', fill: 'verdict', thresholds: 20, tip: true })),
      Plot.ruleY([0]),
    ],
  });
}
