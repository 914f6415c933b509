// 依申请公开: every request of the period as a timeline (received, correction notice and receipt,
// consultation pause, extension approved and notified, due, answered), overdue ones first, and the same
// requests as a table with their findings. Each request's answer deadline, state and working days late
// come from the server (/api/requests at today's date), computed there as the rules compute them.
import { fetchArrowRows } from '../api/arrow.ts';
import type { Finding, RequestRow } from '../api/types.ts';
import type { PageContext } from '../app/context.ts';
import { button, el, replaceChildren, section } from '../ui/dom.ts';
import { count, day, todayInChina, yesNo } from '../ui/format.ts';
import { describePeriod, periodPicker, resolvePeriod } from '../ui/period.ts';
import { chartBox } from '../ui/chart.ts';
import { dataTable } from '../ui/table.ts';
import { timelinesOf, type RequestTimeline } from '../data/request-timeline.ts';
import { requestTimeline } from '../../charts/request-timeline.ts';

/** Rows drawn in the chart; the table below lists them all, a page at a time. */
const CHART_ROWS = 40;
const TABLE_PAGE = 50;

export async function renderRequests(container: HTMLElement, context: PageContext): Promise<void> {
  const period = resolvePeriod(context.route.params);
  const scope = { agency: context.agency, section: context.user.role === 'section' ? context.user.section : undefined };
  const body = el('div', null, el('p', { class: 'loading' }, '正在加载…'));
  replaceChildren(
    container,
    el('div', { class: 'toolbar' }, periodPicker(period, (changes) => context.setParams({ ...changes, page: null }), '期间（按收到日）'), el('span', { class: 'muted' }, describePeriod(period))),
    body,
  );
  const asOf = todayInChina();
  const [rows, findings] = await Promise.all([
    fetchArrowRows<RequestRow>('/requests', { ...scope, from: period.from, to: period.to, asOf }),
    fetchArrowRows<Finding>('/findings', { ...scope, rule: 'req/' }),
  ]);
  const timelines = timelinesOf(rows, findings, asOf);
  const overdue = timelines.filter((t) => t.state === '逾期未答复').length;
  const late = timelines.filter((t) => t.state === '超期答复').length;
  const open = timelines.filter((t) => t.state === '办理中' || t.state === '待补正').length;
  const shown = timelines.slice(0, CHART_ROWS);
  const pages = Math.max(1, Math.ceil(timelines.length / TABLE_PAGE));
  const pageNumber = Math.min(pages, Math.max(1, Number(context.route.params.get('page')) || 1));
  const pageRows = timelines.slice((pageNumber - 1) * TABLE_PAGE, pageNumber * TABLE_PAGE);
  const pager = el(
    'div',
    { class: 'pager' },
    button('上一页', () => context.setParams({ page: String(pageNumber - 1) }), { attrs: { disabled: pageNumber <= 1 } }),
    el('span', null, `共 ${count(timelines.length)} 件，第 ${pageNumber} / ${pages} 页`),
    button('下一页', () => context.setParams({ page: String(pageNumber + 1) }), { attrs: { disabled: pageNumber >= pages } }),
  );

  replaceChildren(
    body,
    el(
      'div',
      { class: 'stat-cards' },
      ...[
        ['申请总数', timelines.length, 'total'],
        ['逾期未答复', overdue, 'status-open'],
        ['超期答复', late, 'warning'],
        ['办理中', open, ''],
      ].map(([label, value, extra]) => el('div', { class: `stat-card ${extra}` }, el('span', { class: 'stat-value' }, count(value as number)), el('span', { class: 'stat-label' }, String(label)))),
    ),
    section(
      '办理时间线',
      el('p', { class: 'muted' }, `逾期的排在前面${timelines.length > CHART_ROWS ? `；图中为前 ${CHART_ROWS} 件，全部见下表` : ''}。红色竖线为答复期限（已计入补正重新起算、征求意见暂停与延期），灰色为征求意见期间。期限与状态由服务端按工作日历计算，截至 ${asOf}。`),
      chartBox('依申请公开办理时间线', (width) => (shown.length ? requestTimeline(shown, shown.flatMap((t) => t.events), { width }) : null), '所选期间没有申请', 'request-timeline'),
    ),
    section(
      '申请列表',
      dataTable<RequestTimeline>(
        [
          { label: '申请编号', cell: (t) => t.requestNo },
          { label: '状态', cell: (t) => el('span', { class: `req-state req-${t.state}` }, t.state) },
          { label: '科室', cell: (t) => t.row.section },
          { label: '申请人类型', cell: (t) => t.row.applicantType },
          ...(context.user.role === 'office' ? [{ label: '申请人', cell: (t: RequestTimeline) => t.row.applicant }] : []),
          { label: '渠道', cell: (t) => t.row.channel },
          { label: '收到', cell: (t) => day(t.row.receivedOn), class: 'date' },
          { label: '补正', cell: (t) => (t.row.correctionRequestedOn ? `${day(t.row.correctionRequestedOn)} → ${day(t.row.correctionReceivedOn)}` : null) },
          { label: '征求意见', cell: (t) => (t.row.thirdPartySentOn ? `${day(t.row.thirdPartySentOn)} → ${day(t.row.thirdPartyRepliedOn)}` : null) },
          { label: '暂停（工作日）', cell: (t) => (t.row.pausedWorkdays ? t.row.pausedWorkdays : null), class: 'num' },
          { label: '延期', cell: (t) => (t.row.extensionApprovedOn ? `批准 ${day(t.row.extensionApprovedOn)}，告知 ${day(t.row.extensionNotifiedOn)}，${t.row.extensionWorkdays ?? '—'} 个工作日（计入 ${t.row.countedExtensionWorkdays}）` : null) },
          { label: '原期限', cell: (t) => (t.row.baseDue !== t.due ? day(t.row.baseDue) : null), class: 'date' },
          { label: '答复期限', cell: (t) => day(t.due), class: 'date' },
          { label: '答复', cell: (t) => (t.row.onTheSpot ? '当场答复' : day(t.row.answeredOn)), class: 'date' },
          { label: '超期（工作日）', cell: (t) => t.row.lateWorkdays, class: 'num' },
          { label: '办理结果', cell: (t) => t.row.outcome },
          { label: '归档', cell: (t) => yesNo(t.row.archivedOn !== null) },
          { label: '问题', cell: (t) => (t.findings.length ? t.findings.map((f) => f.rule).join('、') : null) },
        ],
        pageRows,
        {
          empty: '所选期间没有申请',
          rowClass: (t) => (t.state === '逾期未答复' ? 'row-overdue' : t.state === '超期答复' ? 'row-late' : null),
        },
      ),
      pager,
    ),
  );
}
