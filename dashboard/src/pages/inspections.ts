// 定期检查: inspections of a period (a snapshot of the findings), started by the leader or the office,
// signed by the leader, with rectification deadlines set on chosen findings and rectification recorded;
// the inspection record (定期检查记录) downloads as Excel or Word.
import { ApiError, apiUrl, getJson, sendJson } from '../api/client.ts';
import type { InspectionDetail, InspectionFinding, Inspection } from '../api/types.ts';
import type { PageContext } from '../app/context.ts';
import { button, dateInput, el, field, notice, replaceChildren, section } from '../ui/dom.ts';
import { count, day, SEVERITY_NAMES, STATUS_NAMES, timestamp, todayInChina } from '../ui/format.ts';
import { dataTable } from '../ui/table.ts';

function errorText(error: unknown): string {
  return error instanceof ApiError ? error.message : '操作失败';
}

function startForm(context: PageContext): HTMLElement {
  const year = todayInChina().slice(0, 4);
  const from = dateInput('from', `${year}-01-01`, { required: true });
  const to = dateInput('to', todayInChina(), { required: true });
  const note = el('input', { attrs: { name: 'note', maxlength: 4000, placeholder: '如：2025 年第四季度定期检查', size: 30 } });
  const message = el('div');
  const start = button('发起检查', async () => {
    start.disabled = true;
    try {
      const created = await sendJson<InspectionDetail>('POST', '/inspections', { agency: context.agency ?? undefined, from: from.value, to: to.value, note: note.value || undefined });
      context.setParams({ id: String(created.id) });
    } catch (error) {
      replaceChildren(message, notice('error', errorText(error)));
      start.disabled = false;
    }
  });
  return section('发起定期检查', el('p', { class: 'muted' }, '对期间内期限届满、尚未处理的问题做快照，形成检查记录，由分管领导签署。'), el('div', { class: 'toolbar' }, field('起', from), field('止', to), field('说明', note), start), message);
}

function listTable(items: Inspection[], context: PageContext): HTMLElement {
  return dataTable<Inspection>(
    [
      { label: '编号', cell: (i) => i.id, class: 'num' },
      { label: '检查期间', cell: (i) => `${i.periodFrom} 至 ${i.periodTo}` },
      { label: '发起', cell: (i) => `${i.createdBy ?? '—'}，${timestamp(i.createdAt)}` },
      { label: '签署', cell: (i) => (i.signedBy ? `${i.signedBy}，${timestamp(i.signedAt)}` : el('span', { class: 'status status-open' }, '未签署')) },
      { label: '问题数', cell: (i) => count(i.findings), class: 'num' },
      { label: '已整改', cell: (i) => count(i.rectified), class: 'num' },
      { label: '整改逾期', cell: (i) => count(i.overdue), class: 'num' },
      { label: '说明', cell: (i) => i.note },
    ],
    items,
    { empty: '还没有检查记录', onRowClick: (i) => context.setParams({ id: String(i.id) }) },
  );
}

/** Links the browser saves as files (the server names them); the session cookie goes with them. */
function recordDownloads(id: number): HTMLElement {
  const link = (format: 'xlsx' | 'docx', label: string) =>
    el('a', { class: 'button-like', attrs: { href: apiUrl(`/inspections/${id}/record`, { format }), download: '', 'data-testid': `record-${format}` } }, label);
  return el('div', { class: 'toolbar' }, link('xlsx', '导出检查记录（Excel）'), link('docx', '导出检查记录（Word）'));
}

function detailView(detail: InspectionDetail, context: PageContext, reload: () => void): HTMLElement {
  const role = context.user.role;
  const chosen = new Set<number>();
  const message = el('div');
  const act = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what();
      replaceChildren(message, notice('success', done));
      reload();
    } catch (error) {
      replaceChildren(message, notice('error', errorText(error)));
    }
  };
  const ids = () => [...chosen];
  const rectifyBy = dateInput('rectifyBy', null);
  const rectifiedOn = dateInput('rectifiedOn', todayInChina());
  const signNote = el('input', { attrs: { name: 'signNote', placeholder: '签署意见（可选）', size: 30 } });
  const actions = el(
    'div',
    { class: 'toolbar' },
    role !== 'section'
      ? el('span', null, field('整改期限', rectifyBy), button('为所选问题设定期限', () => void act(() => sendJson('PATCH', `/inspections/${detail.id}/rectifications`, { findingIds: ids(), rectifyBy: rectifyBy.value || null }), '已设定整改期限')))
      : null,
    field('整改完成日期', rectifiedOn),
    button('登记所选问题已整改', () => void act(() => sendJson('PATCH', `/inspections/${detail.id}/rectifications`, { findingIds: ids(), rectifiedOn: rectifiedOn.value || null }), '已登记整改')),
  );
  const signBox =
    detail.signedBy === null && role === 'leader'
      ? el('div', { class: 'toolbar' }, signNote, button('签署检查记录', () => void act(() => sendJson('POST', `/inspections/${detail.id}/sign`, { note: signNote.value || undefined }), '已签署'), { class: 'primary' }))
      : null;
  const today = todayInChina();
  return el(
    'div',
    { class: 'inspection-detail' },
    el('h2', null, `检查记录 #${detail.id}：${detail.periodFrom} 至 ${detail.periodTo}`),
    el(
      'dl',
      { class: 'facts' },
      el('dt', null, '发起'),
      el('dd', null, `${detail.createdBy ?? '—'}，${timestamp(detail.createdAt)}`),
      el('dt', null, '签署'),
      el('dd', null, detail.signedBy ? `${detail.signedBy}，${timestamp(detail.signedAt)}` : '未签署'),
      el('dt', null, '说明'),
      el('dd', null, detail.note ?? '—'),
      el('dt', null, '问题 / 已整改 / 整改逾期'),
      el('dd', null, `${detail.findings} / ${detail.rectified} / ${detail.overdue}`),
    ),
    recordDownloads(detail.id),
    signBox,
    actions,
    message,
    dataTable<InspectionFinding>(
      [
        {
          label: '选择',
          cell: (f) => {
            const box = el('input', { attrs: { type: 'checkbox', 'aria-label': `选择问题 ${f.id}` } });
            box.addEventListener('change', () => (box.checked ? chosen.add(f.id) : chosen.delete(f.id)));
            return box;
          },
        },
        { label: '问题', cell: (f) => f.ruleTitle },
        { label: '严重程度', cell: (f) => SEVERITY_NAMES[f.severity] },
        { label: '科室', cell: (f) => f.section },
        { label: '对象', cell: (f) => f.subject },
        { label: '期限', cell: (f) => day(f.due), class: 'date' },
        { label: '整改期限', cell: (f) => day(f.rectifyBy), class: 'date' },
        { label: '整改完成', cell: (f) => day(f.rectifiedOn), class: 'date' },
        { label: '状态', cell: (f) => STATUS_NAMES[f.status] },
      ],
      detail.items,
      { empty: '快照中没有问题', rowClass: (f) => (f.rectifiedOn === null && f.rectifyBy !== null && f.rectifyBy < today ? 'row-overdue' : null) },
    ),
  );
}

export async function renderInspections(container: HTMLElement, context: PageContext): Promise<void> {
  const id = Number(context.route.params.get('id')) || null;
  const reload = () => context.setParams({});
  if (id !== null) {
    const detail = await getJson<InspectionDetail>(`/inspections/${id}`);
    replaceChildren(container, button('← 返回列表', () => context.setParams({ id: null })), detailView(detail, context, reload));
    return;
  }
  const { items } = await getJson<{ items: Inspection[] }>('/inspections', { agency: context.agency });
  replaceChildren(container, context.user.role === 'section' ? null : startForm(context), section('检查记录', listTable(items, context)));
}
