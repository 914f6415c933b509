// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { monthlyTrend } from '../../../dashboard/charts/monthly-trend.ts';
import { allText, markShapes, marks } from './svg.ts';

describe('monthlyTrend', () => {
  const rows = [
    { month: '2025-01', severity: 'error' as const, count: 3 },
    { month: '2025-01', severity: 'warning' as const, count: 2 },
    { month: '2025-03', severity: 'error' as const, count: 1 },
  ];

  it('draws one rect per month and severity, as a time axis (March is not next to January)', () => {
    const figure = monthlyTrend(rows, { width: 600 });
    const rects = markShapes(figure, 'rect', 'rect');
    expect(rects).toHaveLength(3);
    const [jan, , mar] = rects.map((r) => Number(r.getAttribute('x')));
    const width = Number(rects[0]!.getAttribute('width'));
    // A gap of one month (February) between January and March.
    expect(mar! - jan!).toBeGreaterThan(width * 1.5);
  });

  it('labels axes and severities in Chinese', () => {
    const text = allText(monthlyTrend(rows, { width: 600 }));
    expect(text).toContain('问题数');
    expect(text).toContain('月份');
    expect(text).toContain('严重');
    expect(text).toContain('警告');
  });

  it('stacks severities in the same month', () => {
    const rects = markShapes(monthlyTrend(rows, { width: 600 }), 'rect', 'rect');
    const january = rects.filter((r) => r.getAttribute('x') === rects[0]!.getAttribute('x'));
    expect(january).toHaveLength(2);
    const [a, b] = january.map((r) => [Number(r.getAttribute('y')), Number(r.getAttribute('height'))] as const);
    // One sits on top of the other (within the 1px insets on each side).
    const lower = a![0] > b![0] ? a! : b!;
    const upper = lower === a ? b! : a!;
    expect(Math.abs(upper[0] + upper[1] - lower[0])).toBeLessThanOrEqual(2);
  });

  it('has a tip for details on demand', () => {
    expect(marks(monthlyTrend(rows, { width: 600 }), 'tip')).toHaveLength(1);
  });
});
