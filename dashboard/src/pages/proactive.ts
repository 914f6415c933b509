// 主动公开: the period's documents by disclosure attribute, the time from formed (or changed) to published
// with the ones the rules found late, and published documents by channel.
import { fetchArrowRows } from '../api/arrow.ts';
import type { DocumentRow, Finding } from '../api/types.ts';
import type { PageContext } from '../app/context.ts';
import { el, replaceChildren, section } from '../ui/dom.ts';
import { count, day, percent } from '../ui/format.ts';
import { describePeriod, periodPicker, resolvePeriod } from '../ui/period.ts';
import { chartBox } from '../ui/chart.ts';
import { dataTable } from '../ui/table.ts';
import { documentsByAttribute } from '../../charts/documents-by-attribute.ts';
import { documentsByChannel } from '../../charts/documents-by-channel.ts';
import { publicationDelay, type PublicationDelay } from '../../charts/publication-delay.ts';
import type { CategoryCount } from '../../charts/category-bars.ts';

const DAY_MS = 86_400_000;
const LATE_RULES = new Set(['doc/proactive-late', 'doc/proactive-unpublished', 'doc/release-late', 'doc/submission-late']);

function countBy<T>(rows: readonly T[], keyOf: (row: T) => string): CategoryCount[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(keyOf(row), (counts.get(keyOf(row)) ?? 0) + 1);
  return [...counts].map(([category, n]) => ({ category, count: n }));
}

/** Calendar days from formed or changed (the later) to published, for published proactive documents. */
export function publicationDelays(documents: readonly DocumentRow[], lateKeys: ReadonlySet<string>): PublicationDelay[] {
  return documents
    .filter((d) => d.attribute === '主动公开' && d.publishedOn)
    .map((d) => {
      const start = d.changedOn && d.changedOn > d.formedOn ? d.changedOn : d.formedOn;
      return { recordKey: d.recordKey, days: Math.round((Date.parse(d.publishedOn!) - Date.parse(start)) / DAY_MS), late: lateKeys.has(d.recordKey) };
    })
    .filter((d) => d.days >= 0);
}

export async function renderProactive(container: HTMLElement, context: PageContext): Promise<void> {
  const period = resolvePeriod(context.route.params);
  const scope = { agency: context.agency, section: context.user.role === 'section' ? context.user.section : undefined };
  const body = el('div', null, el('p', { class: 'loading' }, '正在加载…'));
  replaceChildren(
    container,
    el('div', { class: 'toolbar' }, periodPicker(period, context.setParams, '期间（按形成日）'), el('span', { class: 'muted' }, describePeriod(period))),
    body,
  );
  const [documents, findings] = await Promise.all([
    fetchArrowRows<DocumentRow>('/documents', { ...scope, from: period.from, to: period.to }),
    fetchArrowRows<Finding>('/findings', { ...scope, rule: 'doc/' }),
  ]);
  const lateKeys = new Set(findings.filter((f) => LATE_RULES.has(f.rule)).map((f) => f.subject));
  const delays = publicationDelays(documents, lateKeys);
  const proactive = documents.filter((d) => d.attribute === '主动公开');
  const published = proactive.filter((d) => d.publishedOn);
  const lateDocs = documents.filter((d) => lateKeys.has(d.recordKey));

  replaceChildren(
    body,
    el(
      'div',
      { class: 'stat-cards' },
      ...[
        ['政府信息', documents.length],
        ['主动公开', proactive.length],
        ['已公开', published.length],
        ['主动公开率', proactive.length ? percent(published.length / proactive.length) : '—'],
        ['时效问题', lateDocs.length],
      ].map(([label, value]) => el('div', { class: 'stat-card' }, el('span', { class: 'stat-value' }, typeof value === 'number' ? count(value) : String(value)), el('span', { class: 'stat-label' }, String(label)))),
    ),
    el(
      'div',
      { class: 'two-columns' },
      section('按公开属性', chartBox('各公开属性的文件数', (width) => (documents.length ? documentsByAttribute(countBy(documents, (d) => d.attribute ?? '未标注'), { width }) : null), undefined, 'by-attribute')),
      section('按发布渠道', chartBox('已发布文件的渠道', (width) => (published.length ? documentsByChannel(countBy(published, (d) => d.channel ?? '未填写'), { width }) : null), undefined, 'by-channel')),
    ),
    section('公开时效', chartBox('形成（变更）至公开的天数', (width) => (delays.length ? publicationDelay(delays, { width }) : null), undefined, 'publication-delay')),
    section(
      '时效问题清单',
      dataTable<DocumentRow>(
        [
          { label: '记录编号', cell: (d) => d.recordKey },
          { label: '标题', cell: (d) => d.title },
          { label: '科室', cell: (d) => d.section },
          { label: '形成', cell: (d) => day(d.formedOn), class: 'date' },
          { label: '报送', cell: (d) => day(d.submittedOn), class: 'date' },
          { label: '公开', cell: (d) => day(d.publishedOn), class: 'date' },
          { label: '问题', cell: (d) => findings.filter((f) => f.subject === d.recordKey && LATE_RULES.has(f.rule)).map((f) => f.ruleTitle).join('、') },
        ],
        lateDocs,
        { empty: '没有时效问题' },
      ),
    ),
  );
}
