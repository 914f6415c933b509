// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { sectionRuleHeatmap } from '../../../dashboard/charts/section-rule-heatmap.ts';
import { allText, markShapes } from './svg.ts';

describe('sectionRuleHeatmap', () => {
  const rows = [
    { section: '执法大队', rule: 'req/answer-late', title: '答复超期', count: 4 },
    { section: '执法大队', rule: 'doc/proactive-late', title: '主动公开超期', count: 1 },
    { section: '办公室', rule: 'req/answer-late', title: '答复超期', count: 2 },
  ];

  it('draws one cell per section and rule, with its count written in it', () => {
    const figure = sectionRuleHeatmap(rows, { width: 600 });
    expect(markShapes(figure, 'cell', 'rect')).toHaveLength(3);
    const counts = markShapes(figure, 'text', 'text').map((t) => t.textContent);
    expect(counts.sort()).toEqual(['1', '2', '4']);
  });

  it('colours more findings darker', () => {
    const figure = sectionRuleHeatmap(rows, { width: 600 });
    const fills = markShapes(figure, 'cell', 'rect').map((r) => r.getAttribute('fill'));
    expect(new Set(fills).size).toBe(3);
  });

  it('names sections and rules on the axes, in Chinese labels', () => {
    const text = allText(sectionRuleHeatmap(rows, { width: 600 }));
    for (const s of ['执法大队', '办公室', 'req/answer-late', '科室', '规则']) expect(text).toContain(s);
  });
});
