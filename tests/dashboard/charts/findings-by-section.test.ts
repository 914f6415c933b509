// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findingsBySection } from '../../../dashboard/charts/findings-by-section.ts';
import { findingsByRule } from '../../../dashboard/charts/findings-by-rule.ts';
import { allText, markShapes } from './svg.ts';

describe('findingsBySection', () => {
  const rows = [
    { section: '执法大队', family: 'req', severity: 'error' as const, count: 3 },
    { section: '执法大队', family: 'doc', severity: 'warning' as const, count: 1 },
    { section: '办公室', family: 'doc', severity: 'error' as const, count: 2 },
  ];

  it('draws a bar per section, family and severity, one facet per rule family with Chinese names', () => {
    const figure = findingsBySection(rows, { width: 700 });
    expect(markShapes(figure, 'bar', 'rect')).toHaveLength(3);
    const text = allText(figure);
    expect(text).toContain('政府信息');
    expect(text).toContain('依申请公开');
    expect(text).toContain('执法大队');
    expect(text).toContain('问题数');
  });
});

describe('findingsByRule', () => {
  it('labels bars by the rule title, most findings first', () => {
    const figure = findingsByRule(
      [
        { rule: 'doc/proactive-late', title: '主动公开超期', count: 1 },
        { rule: 'req/answer-late', title: '答复超期', count: 4 },
      ],
      { width: 600 },
    );
    expect(markShapes(figure, 'bar', 'rect')).toHaveLength(2);
    const text = allText(figure);
    expect(text.indexOf('答复超期')).toBeLessThan(text.indexOf('主动公开超期'));
  });
});
