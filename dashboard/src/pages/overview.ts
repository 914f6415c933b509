// 总览: the period's findings counted by status, severity, rule, section and month; a section × rule heat
// map; and each section's on-time rate as a league table against thresholds.
import { getJson } from '../api/client.ts';
import { fetchArrowRows } from '../api/arrow.ts';
import type { Finding, Overview } from '../api/types.ts';
import type { PageContext } from '../app/context.ts';
import { el, notice, replaceChildren, section } from '../ui/dom.ts';
import { count, percent, SEVERITY_NAMES, STATUS_NAMES, STATUS_ORDER } from '../ui/format.ts';
import { describePeriod, periodPicker, resolvePeriod } from '../ui/period.ts';
import { chartBox } from '../ui/chart.ts';
import { dataTable } from '../ui/table.ts';
import { byMonthAndSeverity, bySectionAndRule, bySectionFamilySeverity, inPeriod, NO_SECTION } from '../data/finding-tallies.ts';
import { monthlyTrend } from '../../charts/monthly-trend.ts';
import { sectionRuleHeatmap } from '../../charts/section-rule-heatmap.ts';
import { onTimeLeague, bandOf, DEFAULT_THRESHOLDS } from '../../charts/on-time-league.ts';
import { findingsBySection } from '../../charts/findings-by-section.ts';
import { findingsByRule } from '../../charts/findings-by-rule.ts';

function statusCards(overview: Overview, go: (status: string) => void): HTMLElement {
  const card = (label: string, value: number, status: string | null, extra = '') =>
    el(
      'button',
      { class: `stat-card ${extra}`, attrs: { type: 'button', 'data-status': status ?? 'all' }, on: { click: () => go(status ?? '') } },
      el('span', { class: 'stat-value' }, count(value)),
      el('span', { class: 'stat-label' }, label),
    );
  return el(
    'div',
    { class: 'stat-cards' },
    card('问题总数', overview.total, null, 'total'),
    ...STATUS_ORDER.map((s) => card(STATUS_NAMES[s], overview.byStatus[s], s, `status-${s}`)),
    el(
      'div',
      { class: 'stat-severity' },
      ...(['error', 'warning', 'info'] as const).map((s) => el('span', { class: `sev sev-${s}` }, `${SEVERITY_NAMES[s]} ${count(overview.bySeverity[s])}`)),
    ),
  );
}

export async function renderOverview(container: HTMLElement, context: PageContext): Promise<void> {
  const period = resolvePeriod(context.route.params);
  const scope = { agency: context.agency, section: context.user.role === 'section' ? context.user.section : undefined };
  const controls = el('div', { class: 'toolbar' }, periodPicker(period, context.setParams), el('span', { class: 'muted' }, describePeriod(period)));
  const body = el('div', { class: 'overview-body' }, el('p', { class: 'loading' }, '正在统计…'));
  replaceChildren(container, controls, body);

  const periodQuery = { ...scope, from: period.from, to: period.to };
  const [overview, findings] = await Promise.all([
    // The counts, and each section's on-time rate computed by the server from the working-day calendar.
    getJson<Overview>('/overview', periodQuery),
    // Every finding in scope: the charts cross two dimensions.
    fetchArrowRows<Finding>('/findings', scope),
  ]);
  const periodFindings = inPeriod(findings, period.from, period.to);
  const onTime = overview.onTime;
  const league = onTime.bySection.map((s) => ({ ...s, section: s.section ?? NO_SECTION, rate: s.rate ?? 1 }));
  const findingsLink = (status: string) => context.go('findings', { status, period: period.preset, from: period.from, to: period.to });

  replaceChildren(
    body,
    statusCards(overview, findingsLink),
    overview.total === 0 ? notice('info', '所选期间没有发现问题。') : null,
    section(
      '按月趋势',
      chartBox('各月到期的问题数（按严重程度堆叠）', (width) => (periodFindings.length ? monthlyTrend(byMonthAndSeverity(periodFindings), { width }) : null), undefined, 'monthly-trend'),
    ),
    el(
      'div',
      { class: 'two-columns' },
      section('按规则', chartBox('各规则问题数', (width) => (overview.byRule.length ? findingsByRule(overview.byRule, { width }) : null), undefined, 'by-rule')),
      section(
        '按科室',
        chartBox('各科室问题数（按规则类别分面）', (width) => (periodFindings.length ? findingsBySection(bySectionFamilySeverity(periodFindings), { width }) : null), undefined, 'by-section'),
      ),
    ),
    section('科室 × 规则', chartBox('热力图：颜色越深问题越多', (width) => (periodFindings.length ? sectionRuleHeatmap(bySectionAndRule(periodFindings), { width }) : null), undefined, 'heatmap')),
    section(
      '科室按期率排行',
      el(
        'p',
        { class: 'muted', attrs: { 'data-testid': 'on-time-definition' } },
        `按期率 = 按期完成的事项 ÷ 期限在所选期间内的事项（主动公开期限与依申请公开答复期限，按规则集与工作日历计算，截至 ${onTime.asOf}；` +
          `尚未到期的未办结事项不计入）。全部 ${count(onTime.items)} 项，逾期 ${count(onTime.late)} 项，按期率 ${onTime.rate === null ? '—' : percent(onTime.rate)}。` +
          `≥${percent(DEFAULT_THRESHOLDS.good)} 良好，≥${percent(DEFAULT_THRESHOLDS.fair)} 需关注，其下为较差。`,
      ),
      chartBox('按期率', (width) => (league.length ? onTimeLeague(league, { width }) : null), '所选期间没有到期的事项', 'on-time-league'),
      dataTable(
        [
          { label: '名次', cell: (r) => r.rank, class: 'num' },
          { label: '科室', cell: (r) => r.section },
          { label: '到期事项', cell: (r) => count(r.items), class: 'num' },
          { label: '其中主动公开', cell: (r) => count(r.proactive.items), class: 'num' },
          { label: '其中依申请公开', cell: (r) => count(r.answer.items), class: 'num' },
          { label: '按期', cell: (r) => count(r.onTime), class: 'num' },
          { label: '逾期事项', cell: (r) => count(r.late), class: 'num' },
          { label: '按期率', cell: (r) => percent(r.rate), class: 'num' },
          { label: '评价', cell: (r) => el('span', { class: `band band-${bandOf(r.rate)}` }, bandOf(r.rate)) },
        ],
        // The server sends the sections best first.
        league.map((r, i) => ({ ...r, rank: i + 1 })),
        { empty: '所选期间没有到期的事项' },
      ),
    ),
  );
}
