// 问题清单: the findings in scope, filtered by period, section, rule, severity and status (all in the URL),
// a page at a time; a row opens the finding beside the list; the whole filtered list exports to CSV or xlsx.
import { ApiError, getJson } from '../api/client.ts';
import { fetchArrowRows } from '../api/arrow.ts';
import type { Finding, Page } from '../api/types.ts';
import type { PageContext } from '../app/context.ts';
import { button, el, field, notice, replaceChildren, select } from '../ui/dom.ts';
import { count, day, RULE_FAMILY_NAMES, SEVERITY_NAMES, SEVERITY_ORDER, STATUS_NAMES, STATUS_ORDER, todayInChina } from '../ui/format.ts';
import { describePeriod, periodPicker, resolvePeriod } from '../ui/period.ts';
import { dataTable } from '../ui/table.ts';
import { saveBlob } from '../ui/download.ts';
import { ruleCatalogue, sectionChoices } from '../data/choices.ts';
import { findingsCsv } from '../export/findings-csv.ts';
import { findingsXlsx, XLSX_TYPE } from '../export/findings-xlsx.ts';
import { exportFileName } from '../export/findings-sheet.ts';
import { renderFindingDetail } from './finding-detail.ts';

const PAGE_SIZE = 50;

export async function renderFindings(container: HTMLElement, context: PageContext): Promise<void> {
  const { params } = context.route;
  const period = resolvePeriod(params);
  const ownSection = context.user.role === 'section' ? context.user.section : null;
  const filters = {
    agency: context.agency,
    section: ownSection ?? params.get('section'),
    rule: params.get('rule'),
    severity: params.get('severity'),
    status: params.get('status'),
    from: period.from,
    to: period.to,
  };
  const pageNumber = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const openId = Number(params.get('id')) || null;

  const [sections, catalogue] = await Promise.all([
    ownSection ? Promise.resolve([ownSection]) : sectionChoices(context.agency),
    ruleCatalogue(context.agency),
  ]);

  const sectionSelect = select('section', [['', '全部科室'], ...sections.map((s): [string, string] => [s, s])], filters.section);
  sectionSelect.disabled = ownSection !== null;
  const ruleOptions: [string, string][] = [
    ['', '全部规则'],
    ...Object.entries(RULE_FAMILY_NAMES).map(([family, name]): [string, string] => [`${family}/`, `${name}（全部）`]),
    ...catalogue.rules.map((r): [string, string] => [r.id, `${r.title.zh}（${r.id}）`]),
  ];
  const ruleSelect = select('rule', ruleOptions, filters.rule);
  const severitySelect = select('severity', [['', '全部'], ...SEVERITY_ORDER.map((s): [string, string] => [s, SEVERITY_NAMES[s]])], filters.severity);
  const statusSelect = select('status', [['', '全部'], ...STATUS_ORDER.map((s): [string, string] => [s, STATUS_NAMES[s]])], filters.status);
  for (const [name, control] of [['section', sectionSelect], ['rule', ruleSelect], ['severity', severitySelect], ['status', statusSelect]] as const) {
    control.addEventListener('change', () => context.setParams({ [name]: control.value || null, page: null, id: null }));
  }

  const exportMessage = el('span', { class: 'export-message' });
  const exportAll = async (format: 'csv' | 'xlsx') => {
    replaceChildren(exportMessage, '正在导出…');
    try {
      // The whole filtered list, not only the page on screen.
      const all = await fetchArrowRows<Finding>('/findings', filters);
      all.sort((a, b) => (b.due ?? '').localeCompare(a.due ?? '') || b.id - a.id);
      const today = todayInChina();
      if (format === 'csv') saveBlob(new Blob([findingsCsv(all)], { type: 'text/csv;charset=utf-8' }), exportFileName('csv', today));
      else saveBlob(await findingsXlsx(all, `问题清单（${describePeriod(period)}，导出于 ${today}）`), exportFileName('xlsx', today));
      replaceChildren(exportMessage, `已导出 ${count(all.length)} 条`);
    } catch (error) {
      replaceChildren(exportMessage, notice('error', error instanceof ApiError ? error.message : '导出失败'));
    }
  };

  const toolbar = el(
    'div',
    { class: 'toolbar filters' },
    periodPicker(period, (changes) => context.setParams({ ...changes, page: null, id: null })),
    field('科室', sectionSelect),
    field('规则', ruleSelect),
    field('严重程度', severitySelect),
    field('状态', statusSelect),
    el(
      'div',
      { class: 'export' },
      button('导出 CSV', () => void exportAll('csv'), { attrs: { 'data-testid': 'export-csv' } }),
      button('导出 Excel', () => void exportAll('xlsx'), { attrs: { 'data-testid': 'export-xlsx' } }),
      exportMessage,
    ),
  );
  const listBox = el('div', { class: 'findings-list' }, el('p', { class: 'loading' }, '正在加载…'));
  const detailBox = el('aside', { class: 'finding-detail', attrs: { 'aria-live': 'polite' } });
  detailBox.hidden = openId === null;
  replaceChildren(container, toolbar, el('div', { class: 'list-and-detail' }, listBox, detailBox));

  const page = await getJson<Page<Finding>>('/findings', { ...filters, page: pageNumber, pageSize: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
  const table = dataTable<Finding>(
    [
      { label: '编号', cell: (f) => f.id, class: 'num' },
      { label: '问题', cell: (f) => el('span', { attrs: { title: f.rule } }, f.ruleTitle) },
      { label: '严重程度', cell: (f) => el('span', { class: `sev sev-${f.severity}` }, SEVERITY_NAMES[f.severity]) },
      { label: '科室', cell: (f) => f.section },
      { label: '对象', cell: (f) => f.subject },
      { label: '期限', cell: (f) => day(f.due), class: 'date' },
      { label: '逾期', cell: (f) => (f.lateWorkdays === null ? null : `${f.lateWorkdays} 个工作日`), class: 'num' },
      { label: '状态', cell: (f) => el('span', { class: `status status-${f.status}` }, STATUS_NAMES[f.status]) },
    ],
    page.items,
    {
      empty: '没有符合条件的问题',
      rowClass: (f) => (f.id === openId ? 'selected' : null),
      onRowClick: (f) => context.setParams({ id: String(f.id) }),
    },
  );
  const pager = el(
    'div',
    { class: 'pager' },
    button('上一页', () => context.setParams({ page: String(pageNumber - 1), id: null }), { attrs: { disabled: pageNumber <= 1 } }),
    el('span', { attrs: { 'data-testid': 'findings-total' } }, `共 ${count(page.total)} 条，第 ${pageNumber} / ${pages} 页`),
    button('下一页', () => context.setParams({ page: String(pageNumber + 1), id: null }), { attrs: { disabled: pageNumber >= pages } }),
  );
  replaceChildren(listBox, el('p', { class: 'muted' }, describePeriod(period)), table, pager);

  if (openId !== null) {
    const close = button('关闭', () => context.setParams({ id: null }), { class: 'close' });
    const detail = el('div');
    replaceChildren(detailBox, close, detail);
    // A status change redraws the list so the row shows the new status.
    await renderFindingDetail(detail, openId, context.user.role, () => context.setParams({}));
  }
}
