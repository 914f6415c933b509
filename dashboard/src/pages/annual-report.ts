// 年度报告: the official table's figures computed from the ledgers beside the published ones, differences
// highlighted, the identities the published table breaks, and the January 31 status of recent years; or
// (view=compare) the report's text beside another report's (文本比对).
import { ApiError, getJson } from '../api/client.ts';
import type { AnnualComparison } from '../api/types.ts';
import type { PageContext } from '../app/context.ts';
import { hashOf } from '../app/router.ts';
import { el, field, notice, replaceChildren, section, select } from '../ui/dom.ts';
import { day, todayInChina } from '../ui/format.ts';
import { dataTable } from '../ui/table.ts';
import { renderTextComparison, textCompareHash } from './annual-text-compare.ts';

type FigureRow = AnnualComparison['rows'][number];

const PART_NAMES: Record<string, string> = {
  二: '二、主动公开政府信息情况',
  三: '三、收到和处理政府信息公开申请情况',
  四: '四、政府信息公开行政复议、行政诉讼情况',
};

const STATUS_CLASS: Record<AnnualComparison['january31']['status'], string> = {
  'on-time': 'ok',
  late: 'bad',
  missing: 'bad',
  pending: 'neutral',
};

function figure(value: number | null): string {
  return value === null ? '—' : String(value);
}

/**
 * One part of the official table in its own layout: keys are "part.row.column", so rows and columns are
 * read off the keys in order. Each cell shows the published figure; where the ledger says otherwise, the
 * cell is highlighted and shows the ledger's figure and the difference.
 */
export function figureGrid(rows: readonly FigureRow[]): HTMLTableElement {
  const rowNames: string[] = [];
  const columnNames: string[] = [];
  const cells = new Map<string, FigureRow>();
  for (const r of rows) {
    const [, row = '', column = ''] = r.key.split('.');
    if (!rowNames.includes(row)) rowNames.push(row);
    if (!columnNames.includes(column)) columnNames.push(column);
    cells.set(`${row}.${column}`, r);
  }
  const cell = (r: FigureRow | undefined) => {
    if (!r) return el('td', { class: 'num empty-cell' });
    const differs = r.difference !== null && r.difference !== 0;
    const td = el('td', { class: `num${differs ? ' cell-difference' : ''}`, attrs: { title: `${r.key}：报告 ${figure(r.published)}，台账 ${figure(r.computed)}` } });
    td.append(el('span', { class: 'published' }, figure(r.published ?? r.computed)));
    if (r.published === null && r.computed !== null) td.append(el('span', { class: 'ledger' }, '（台账）'));
    if (differs) td.append(el('span', { class: 'ledger' }, `台账 ${figure(r.computed)}（${r.difference! > 0 ? '+' : ''}${r.difference}）`));
    return td;
  };
  return el(
    'table',
    { class: 'data figure-grid' },
    el('thead', null, el('tr', null, el('th', null, '项目'), ...columnNames.map((c) => el('th', { class: 'num' }, c)))),
    el('tbody', null, ...rowNames.map((row) => el('tr', null, el('th', { attrs: { scope: 'row' } }, row), ...columnNames.map((c) => cell(cells.get(`${row}.${c}`)))))),
  );
}

function january31Strip(agency: string | null, years: number[]): HTMLElement {
  const strip = el('div', { class: 'jan31-strip', attrs: { 'data-testid': 'jan31' } });
  for (const year of years) {
    const cell = el('div', { class: 'jan31 neutral' }, el('strong', null, `${year} 年度`), el('span', null, '…'));
    strip.append(cell);
    getJson<AnnualComparison>(`/reports/annual/${year}`, { agency })
      .then((r) => {
        cell.className = `jan31 ${STATUS_CLASS[r.january31.status]}`;
        replaceChildren(cell, el('strong', null, `${year} 年度`), el('span', null, r.january31.statusText));
      })
      .catch((error: unknown) => replaceChildren(cell, el('strong', null, `${year} 年度`), el('span', null, error instanceof ApiError ? error.message : '无法读取')));
  }
  return strip;
}

export async function renderAnnualReport(container: HTMLElement, context: PageContext): Promise<void> {
  if (!context.agency) {
    replaceChildren(container, notice('info', '请先在页面上方选择机关。'));
    return;
  }
  const thisYear = Number(todayInChina().slice(0, 4));
  const year = Number(context.route.params.get('year')) || thisYear - 1;
  const onlyDifferences = context.route.params.get('diff') === '1';
  const comparingTexts = context.route.params.get('view') === 'compare';
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  const yearSelect = select('year', years.map((y): [string, string] => [String(y), `${y} 年度`]), String(year));
  // Another year's report is compared with its own default report, not with the one chosen for this year.
  yearSelect.addEventListener('change', () => context.setParams({ year: yearSelect.value, with: null, withYear: null }));
  const diffToggle = el('input', { attrs: { type: 'checkbox', name: 'diff' } });
  diffToggle.checked = onlyDifferences;
  diffToggle.addEventListener('change', () => context.setParams({ diff: diffToggle.checked ? '1' : null }));
  const body = el('div', null, el('p', { class: 'loading' }, '正在计算…'));
  const viewLink = comparingTexts
    ? el('a', { attrs: { href: hashOf('annual-report', { year: String(year) }) } }, '返回数字对照')
    : el('a', { attrs: { href: textCompareHash(year), 'data-testid': 'open-text-compare' } }, '文本比对');
  replaceChildren(
    container,
    section('1 月 31 日发布情况', january31Strip(context.agency, [thisYear - 1, thisYear - 2, thisYear - 3])),
    el(
      'div',
      { class: 'toolbar' },
      field('年度', yearSelect),
      comparingTexts ? null : el('label', { class: 'check' }, diffToggle, '只看不一致的项'),
      viewLink,
    ),
    body,
  );
  if (comparingTexts) {
    await renderTextComparison(body, context, year);
    return;
  }

  const report = await getJson<AnnualComparison>(`/reports/annual/${year}`, { agency: context.agency });
  const rows = onlyDifferences ? report.rows.filter((r) => r.difference !== null && r.difference !== 0) : report.rows;
  const byPart = new Map<string, FigureRow[]>();
  for (const row of rows) byPart.set(row.part, [...(byPart.get(row.part) ?? []), row]);

  replaceChildren(
    body,
    el(
      'dl',
      { class: 'facts' },
      el('dt', null, '发布日期'),
      el('dd', null, day(report.report?.publishedOn)),
      el('dt', null, '报送日期'),
      el('dd', null, day(report.report?.submittedOn)),
      el('dt', null, '全文'),
      el('dd', null, report.report ? el('a', { attrs: { href: textCompareHash(year) } }, '与上一份或雷同的报告文本比对') : '—'),
      el('dt', null, '1 月 31 日'),
      el('dd', { class: `jan31-text ${STATUS_CLASS[report.january31.status]}` }, report.january31.statusText),
      el('dt', null, '不一致项'),
      el('dd', { attrs: { 'data-testid': 'difference-count' } }, String(report.differences)),
      el('dt', null, '无法归类的申请'),
      el('dd', null, String(report.unclassified)),
    ),
    report.report ? null : notice('warning', `尚未导入 ${year} 年度报告，下表仅有据台账计算的数字。`),
    report.brokenIdentities.length
      ? section(
          '报告自身不成立的等式',
          el('ul', null, ...report.brokenIdentities.map((b) => el('li', null, `${b.identity}：${b.left} ≠ ${b.right}`))),
        )
      : null,
    ...[...byPart].map(([part, partRows]) =>
      section(
        PART_NAMES[part] ?? part,
        onlyDifferences
          ? dataTable<FigureRow>(
              [
                { label: '项目', cell: (r) => r.key.split('.').slice(1).join(' · ') },
                { label: '报告数', cell: (r) => figure(r.published), class: 'num' },
                { label: '台账计算数', cell: (r) => figure(r.computed), class: 'num' },
                { label: '差异（报告 − 台账）', cell: (r) => (r.difference! > 0 ? `+${r.difference}` : String(r.difference)), class: 'num' },
              ],
              partRows,
              { rowClass: () => 'row-difference' },
            )
          : figureGrid(partRows),
      ),
    ),
    onlyDifferences && rows.length === 0 ? notice('success', '报告与台账一致。') : null,
    onlyDifferences ? null : el('p', { class: 'muted' }, '每格为报告所填数字；黄色格为与台账计算不一致之处，并列出台账数与差异（报告 − 台账）。'),
  );
}
