// 各科室问题数: bars of findings per section, filled by severity, one facet per rule family, tips naming
// the rule family, severity and count.
import * as Plot from '@observablehq/plot';
import type { Severity } from '../src/api/types.ts';
import { RULE_FAMILY_NAMES } from '../src/ui/format.ts';
import { CHART_STYLE, DEFAULT_WIDTH, SEVERITY_SCALE, severityName, type ChartSize } from './common.ts';

export interface SectionFamilyCount {
  section: string;
  /** doc, req, pub, report */
  family: string;
  severity: Severity;
  count: number;
}

export function findingsBySection(rows: readonly SectionFamilyCount[], { width = DEFAULT_WIDTH }: ChartSize = {}) {
  const data = rows.map((r) => ({ ...r, familyName: RULE_FAMILY_NAMES[r.family] ?? r.family, severityName: severityName(r.severity) }));
  const sections = [...new Set(data.map((d) => d.section))];
  const totals = new Map<string, number>();
  for (const d of data) totals.set(d.section, (totals.get(d.section) ?? 0) + d.count);
  sections.sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || a.localeCompare(b, 'zh-CN'));
  return Plot.plot({
    width,
    height: 60 + sections.length * 24,
    marginLeft: 110,
    style: CHART_STYLE,
    x: { label: '问题数', grid: true },
    y: { domain: sections, label: null },
    fx: { label: null, domain: Object.values(RULE_FAMILY_NAMES).filter((n) => data.some((d) => d.familyName === n)) },
    color: SEVERITY_SCALE,
    marks: [
      Plot.frame({ stroke: '#ddd' }),
      Plot.barX(data, {
        x: 'count',
        y: 'section',
        fx: 'familyName',
        fill: 'severityName',
        tip: true,
        channels: { 科室: 'section', 规则类别: 'familyName', 严重程度: 'severityName', 问题数: 'count' },
      }),
      Plot.ruleX([0]),
    ],
  });
}
