// 科室自查: for one section (a section user's own), what is overdue and still undone, what falls due in the
// next 5 and 10 working days, what lacks an attribute, a reason, a review or an approval, and the other
// open findings; each links to the finding.
import { ApiError, getJson } from '../api/client.ts';
import { fetchArrowRows } from '../api/arrow.ts';
import type { Deadlines, DocumentRow, Finding, UpcomingDeadline } from '../api/types.ts';
import type { PageContext } from '../app/context.ts';
import { el, field, notice, replaceChildren, section, select } from '../ui/dom.ts';
import { count, day, SEVERITY_NAMES } from '../ui/format.ts';
import { dataTable } from '../ui/table.ts';
import { sectionChoices } from '../data/choices.ts';

/** Rules about a missing attribute, reason, review, approval or record (not about a deadline). */
export const MISSING_ITEM_RULES = new Set([
  'doc/attribute-missing',
  'doc/exempt-reason-missing',
  'doc/exempt-basis-unlawful',
  'doc/published-without-review',
  'doc/published-without-approval',
  'doc/index-number-missing',
  'req/refusal-reason-missing',
  'req/outcome-missing',
  'req/application-incomplete',
  'pub/signoff-missing',
  'pub/repost-source-missing',
]);

export interface SelfCheckGroups {
  overdue: Finding[];
  missing: Finding[];
  other: Finding[];
}

/** Open findings sorted into the page's groups: still-undone overdue items, missing items, the rest. */
export function groupForSelfCheck(findings: readonly Finding[]): SelfCheckGroups {
  const open = findings.filter((f) => f.status === 'open');
  const overdue = open.filter((f) => f.actual === null && f.due !== null && (f.lateWorkdays ?? 0) > 0 && !MISSING_ITEM_RULES.has(f.rule));
  const missing = open.filter((f) => MISSING_ITEM_RULES.has(f.rule));
  const other = open.filter((f) => !overdue.includes(f) && !missing.includes(f));
  overdue.sort((a, b) => (b.lateWorkdays ?? 0) - (a.lateWorkdays ?? 0));
  return { overdue, missing, other };
}


function findingsTable(rows: Finding[], context: PageContext, empty: string): HTMLTableElement {
  return dataTable<Finding>(
    [
      { label: '问题', cell: (f) => f.ruleTitle },
      { label: '严重程度', cell: (f) => el('span', { class: `sev sev-${f.severity}` }, SEVERITY_NAMES[f.severity]) },
      { label: '对象', cell: (f) => f.subject },
      { label: '期限', cell: (f) => day(f.due), class: 'date' },
      { label: '逾期', cell: (f) => (f.lateWorkdays === null ? null : `${f.lateWorkdays} 个工作日`), class: 'num' },
      { label: '说明', cell: (f) => f.message },
    ],
    rows,
    { empty, onRowClick: (f) => context.go('findings', { id: String(f.id), period: 'all' }) },
  );
}

async function upcomingPanel(agency: string | null, sectionName: string): Promise<HTMLElement> {
  try {
    const { items } = await getJson<Deadlines>('/deadlines', { agency, section: sectionName, within: 10 });
    // Overdue items (negative) are listed under 逾期未办 from the findings.
    const within = (n: number) => items.filter((i) => i.workdaysLeft >= 0 && i.workdaysLeft <= n);
    const table = (rows: UpcomingDeadline[]) =>
      dataTable<UpcomingDeadline>(
        [
          { label: '事项', cell: (i) => i.title ?? i.subject },
          { label: '编号', cell: (i) => i.subject },
          { label: '期限类别', cell: (i) => i.kindName },
          { label: '期限', cell: (i) => day(i.due), class: 'date' },
          { label: '剩余工作日', cell: (i) => i.workdaysLeft, class: 'num' },
        ],
        rows,
        { empty: '无' },
      );
    const soon = within(5);
    const later = within(10).filter((i) => i.workdaysLeft > 5);
    return el('div', null, el('h3', null, `5 个工作日内到期（${soon.length}）`), table(soon), el('h3', null, `6–10 个工作日内到期（${later.length}）`), table(later));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      // A server without GET /api/deadlines (older than the dashboard): say so rather than fail the page.
      return notice('info', '服务器未提供即将到期的事项（GET /api/deadlines）。下方「待公开」列出了尚未发布的主动公开信息。');
    }
    throw error;
  }
}

export async function renderSelfCheck(container: HTMLElement, context: PageContext): Promise<void> {
  const ownSection = context.user.role === 'section' ? context.user.section : null;
  let sectionName = ownSection ?? context.route.params.get('section');
  if (!ownSection) {
    const sections = await sectionChoices(context.agency);
    sectionName ??= sections[0] ?? null;
    const picker = select('section', sections.map((s): [string, string] => [s, s]), sectionName);
    picker.addEventListener('change', () => context.setParams({ section: picker.value }));
    container.append(el('div', { class: 'toolbar' }, field('科室', picker)));
  }
  if (!sectionName) {
    container.append(notice('info', '没有可自查的科室。'));
    return;
  }
  const body = el('div', null, el('p', { class: 'loading' }, '正在加载…'));
  container.append(el('p', { class: 'section-name', attrs: { 'data-testid': 'self-check-section' } }, `科室：${sectionName}`), body);

  const scope = { agency: context.agency, section: sectionName };
  const [findings, pending, upcoming] = await Promise.all([
    fetchArrowRows<Finding>('/findings', { ...scope, status: 'open' }),
    fetchArrowRows<DocumentRow>('/documents', { ...scope, attribute: '主动公开', published: false }),
    upcomingPanel(context.agency, sectionName),
  ]);
  const groups = groupForSelfCheck(findings);
  const livePending = pending.filter((d) => !d.repealedOn);
  replaceChildren(
    body,
    el(
      'div',
      { class: 'stat-cards' },
      ...[
        ['逾期未办', groups.overdue.length, 'status-open'],
        ['缺项', groups.missing.length, 'warning'],
        ['其他待处理', groups.other.length, ''],
        ['待公开', livePending.length, ''],
      ].map(([label, value, extra]) => el('div', { class: `stat-card ${extra}` }, el('span', { class: 'stat-value' }, count(value as number)), el('span', { class: 'stat-label' }, String(label)))),
    ),
    section('逾期未办', findingsTable(groups.overdue, context, '没有逾期未办的事项')),
    section('即将到期', upcoming),
    section('缺少属性、理由、审查或审定', findingsTable(groups.missing, context, '没有缺项')),
    section('其他待处理问题', findingsTable(groups.other, context, '没有其他待处理问题')),
    section(
      '待公开（主动公开、尚未发布）',
      dataTable<DocumentRow>(
        [
          { label: '记录编号', cell: (d) => d.recordKey },
          { label: '标题', cell: (d) => d.title },
          { label: '文号', cell: (d) => d.docNo },
          { label: '形成', cell: (d) => day(d.formedOn), class: 'date' },
          { label: '变更', cell: (d) => day(d.changedOn), class: 'date' },
          { label: '报送办公室', cell: (d) => day(d.submittedOn), class: 'date' },
        ],
        livePending,
        { empty: '没有待公开的信息' },
      ),
    ),
  );
}
