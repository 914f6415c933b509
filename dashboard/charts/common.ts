// What every chart shares: the CJK font stack, Chinese names and colours of severities, and the size.
import type { Severity } from '../src/api/types.ts';
import { SEVERITY_COLORS, SEVERITY_NAMES, SEVERITY_ORDER } from '../src/ui/format.ts';

export const CHART_FONT = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

export const CHART_STYLE = { fontFamily: CHART_FONT, fontSize: '12px', overflow: 'visible' } as const;

/** The colour scale of severities by their Chinese names, in order of gravity. */
export const SEVERITY_SCALE = {
  domain: SEVERITY_ORDER.map((s) => SEVERITY_NAMES[s]),
  range: SEVERITY_ORDER.map((s) => SEVERITY_COLORS[s]),
  legend: true,
  label: '严重程度',
};

export function severityName(severity: Severity): string {
  return SEVERITY_NAMES[severity];
}

export interface ChartSize {
  width?: number;
}

export const DEFAULT_WIDTH = 720;
