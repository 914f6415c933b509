// 依申请公开办理时间线: one row per request, a bar from receipt to answer (or to the as-of date while open)
// coloured by its state, the consultation pause shaded over it, a dot per event, and the answer deadline as
// a red tick.
import * as Plot from '@observablehq/plot';
import { CHART_STYLE, DEFAULT_WIDTH, type ChartSize } from './common.ts';

export const REQUEST_STATES = ['逾期未答复', '超期答复', '办理中', '待补正', '期限无法计算', '按期答复', '当场答复'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];
const STATE_COLORS = ['#c0392b', '#e69b00', '#5b8bd0', '#9b7bc0', '#777', '#2e8b57', '#8aa'];

export const REQUEST_EVENTS = ['收到申请', '补正通知', '收到补正', '征求意见', '收到意见', '延期批准', '延期告知', '答复'] as const;
export type RequestEvent = (typeof REQUEST_EVENTS)[number];

export interface TimelineRequest {
  requestNo: string;
  state: RequestState;
  start: string;
  /** The answer date, or the as-of date while open. */
  end: string;
  due: string | null;
  pause: { from: string; to: string } | null;
}

export interface TimelineEvent {
  requestNo: string;
  event: RequestEvent;
  date: string;
}

const date = (d: string) => new Date(`${d}T00:00:00Z`);

export function requestTimeline(requests: readonly TimelineRequest[], events: readonly TimelineEvent[], { width = DEFAULT_WIDTH }: ChartSize = {}) {
  const order = requests.map((r) => r.requestNo);
  const bars = requests.map((r) => ({ ...r, x1: date(r.start), x2: date(r.end) }));
  const pauses = requests.filter((r) => r.pause).map((r) => ({ requestNo: r.requestNo, x1: date(r.pause!.from), x2: date(r.pause!.to) }));
  const dues = requests.filter((r) => r.due).map((r) => ({ requestNo: r.requestNo, x: date(r.due!), due: r.due! }));
  const dots = events.map((e) => ({ ...e, x: date(e.date) }));
  return Plot.plot({
    width,
    height: 70 + order.length * 22,
    marginLeft: 130,
    style: CHART_STYLE,
    x: { type: 'utc', label: '日期', tickFormat: '%Y-%m-%d', grid: true },
    y: { domain: order, label: null },
    color: { domain: [...REQUEST_STATES], range: STATE_COLORS, legend: true, label: '办理状态' },
    symbol: { domain: [...REQUEST_EVENTS], legend: true, label: '事件' },
    marks: [
      Plot.barX(bars, { x1: 'x1', x2: 'x2', y: 'requestNo', fill: 'state', fillOpacity: 0.35, insetTop: 5, insetBottom: 5 }),
      Plot.barX(pauses, { x1: 'x1', x2: 'x2', y: 'requestNo', fill: '#999', fillOpacity: 0.5, insetTop: 8, insetBottom: 8, title: () => '征求意见期间（不计入答复期限）' }),
      Plot.tickX(dues, { x: 'x', y: 'requestNo', stroke: '#c0392b', strokeWidth: 2, title: (d: { due: string }) => `答复期限 ${d.due}` }),
      Plot.dot(dots, { x: 'x', y: 'requestNo', symbol: 'event', stroke: 'black', r: 3.5, tip: true, channels: { 申请编号: 'requestNo', 事件: 'event', 日期: 'date' } }),
    ],
  });
}
