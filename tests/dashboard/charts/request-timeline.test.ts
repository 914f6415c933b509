// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { requestTimeline } from '../../../dashboard/charts/request-timeline.ts';
import { allText, markShapes } from './svg.ts';

describe('requestTimeline', () => {
  const requests = [
    { requestNo: 'R-1', state: '逾期未答复' as const, start: '2024-10-08', end: '2024-12-31', due: '2024-11-04', pause: null },
    { requestNo: 'R-2', state: '按期答复' as const, start: '2024-10-10', end: '2024-11-20', due: '2024-11-25', pause: { from: '2024-10-20', to: '2024-10-30' } },
  ];
  const events = [
    { requestNo: 'R-1', event: '收到申请' as const, date: '2024-10-08' },
    { requestNo: 'R-2', event: '收到申请' as const, date: '2024-10-10' },
    { requestNo: 'R-2', event: '征求意见' as const, date: '2024-10-20' },
    { requestNo: 'R-2', event: '答复' as const, date: '2024-11-20' },
  ];

  it('draws a bar per request, the pause, a due tick per request and a dot per event', () => {
    const figure = requestTimeline(requests, events, { width: 700 });
    expect(markShapes(figure, 'bar', 'rect')).toHaveLength(3);
    expect(markShapes(figure, 'tick', 'line')).toHaveLength(2);
    expect(markShapes(figure, 'dot', 'path')).toHaveLength(4);
  });

  it('keeps the given order (overdue first) and labels states and events in Chinese', () => {
    const text = allText(requestTimeline(requests, events, { width: 700 }));
    expect(text.indexOf('R-1')).toBeLessThan(text.indexOf('R-2'));
    for (const label of ['逾期未答复', '按期答复', '收到申请', '征求意见']) expect(text).toContain(label);
  });
});
