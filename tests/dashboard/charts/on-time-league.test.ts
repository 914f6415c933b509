// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bandOf, onTimeLeague } from '../../../dashboard/charts/on-time-league.ts';
import { allText, markShapes, marks } from './svg.ts';

describe('onTimeLeague', () => {
  const rows = [
    { section: '办公室', items: 100, late: 2, rate: 0.98 },
    { section: '执法大队', items: 50, late: 10, rate: 0.8 },
    { section: '应急管理科', items: 20, late: 2, rate: 0.9 },
  ];

  it('ranks sections best first, numbering them', () => {
    const text = allText(onTimeLeague(rows, { width: 600 }));
    expect(text.indexOf('1. 办公室')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('2. 应急管理科')).toBeGreaterThan(text.indexOf('1. 办公室'));
    expect(text.indexOf('3. 执法大队')).toBeGreaterThan(text.indexOf('2. 应急管理科'));
  });

  it('colours by band and draws both thresholds', () => {
    const figure = onTimeLeague(rows, { width: 600 });
    const fills = markShapes(figure, 'bar', 'rect').map((r) => r.getAttribute('fill'));
    expect(new Set(fills).size).toBe(3);
    expect(markShapes(figure, 'rule', 'line')).toHaveLength(2);
    const text = allText(figure);
    expect(text).toContain('良好线 95%');
    expect(text).toContain('需关注线 85%');
    expect(text).toContain('98.0%');
  });

  it('puts rates into bands at the thresholds', () => {
    expect(bandOf(0.95)).toBe('良好');
    expect(bandOf(0.9499)).toBe('需关注');
    expect(bandOf(0.85)).toBe('需关注');
    expect(bandOf(0.84)).toBe('较差');
    expect(marks(onTimeLeague(rows), 'bar')).toHaveLength(1);
  });
});
