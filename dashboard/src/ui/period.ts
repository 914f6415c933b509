// The period a page looks at, kept in the URL as `period` (a preset) or `from`/`to` (custom). With
// nothing chosen it is the last twelve months to today.
import { dateInput, el, field, select } from './dom.ts';
import { todayInChina } from './format.ts';

export type PeriodPreset = '12m' | 'this-year' | 'last-year' | 'all' | 'custom';

export const PERIOD_PRESETS: [PeriodPreset, string][] = [
  ['12m', '近12个月'],
  ['this-year', '本年度'],
  ['last-year', '上年度'],
  ['all', '全部'],
  ['custom', '自定义'],
];

export interface Period {
  preset: PeriodPreset;
  from: string | null;
  to: string | null;
}

function minusOneYearPlusOneDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function resolvePeriod(params: URLSearchParams, today = todayInChina()): Period {
  const from = params.get('from');
  const to = params.get('to');
  const preset = (params.get('period') as PeriodPreset | null) ?? (from || to ? 'custom' : '12m');
  const year = Number(today.slice(0, 4));
  switch (preset) {
    case 'all':
      return { preset, from: null, to: null };
    case 'this-year':
      return { preset, from: `${year}-01-01`, to: `${year}-12-31` };
    case 'last-year':
      return { preset, from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'custom':
      return { preset, from: from || null, to: to || null };
    default:
      return { preset: '12m', from: minusOneYearPlusOneDay(today), to: today };
  }
}

export function describePeriod(period: Period): string {
  if (!period.from && !period.to) return '全部期间';
  return `${period.from ?? '最早'} 至 ${period.to ?? '最近'}`;
}

/** The preset menu and, for a custom period, two date fields; changes go back through `onChange`. */
export function periodPicker(period: Period, onChange: (changes: Record<string, string | null>) => void, label = '期间（按期限日）'): HTMLElement {
  const presets = select('period', PERIOD_PRESETS, period.preset);
  const from = dateInput('from', period.from ?? '');
  const to = dateInput('to', period.to ?? '');
  const custom = el('span', { class: 'custom-period' }, field('起', from), field('止', to));
  custom.hidden = period.preset !== 'custom';
  presets.addEventListener('change', () => {
    if (presets.value === 'custom') {
      custom.hidden = false;
      onChange({ period: 'custom', from: period.from, to: period.to });
    } else {
      onChange({ period: presets.value, from: null, to: null });
    }
  });
  const apply = () => onChange({ period: 'custom', from: from.value || null, to: to.value || null });
  from.addEventListener('change', apply);
  to.addEventListener('change', apply);
  return el('div', { class: 'period-picker' }, field(label, presets), custom);
}
