// 文本比对 (a view of the 年度报告 page): the report's text beside the report it was compared with, the
// passages both share in <mark>, the similarity and the threshold of report/annual-duplicate. Report text
// comes from ledgers, so it goes in as text nodes only (el/append), never as markup.
import { ApiError, getJson } from '../api/client.ts';
import type { AnnualTextComparison, FindingDetail, Role } from '../api/types.ts';
import type { PageContext } from '../app/context.ts';
import { hashOf } from '../app/router.ts';
import { button, el, field, notice, replaceChildren, section } from '../ui/dom.ts';
import { day } from '../ui/format.ts';

type Side = AnnualTextComparison['report'];

const DUPLICATE_RULE = 'report/annual-duplicate';
/** Who may open the comparison (the server's agency-wide roles). */
const COMPARING_ROLES: readonly Role[] = ['leader', 'office'];

const BASIS_TEXT: Record<AnnualTextComparison['basis'], string> = {
  finding: '雷同问题所比对的报告',
  previous: '本机关上一份年度报告',
  requested: '指定的报告',
};

/** The page's address for the comparison of a year's report (with another report, when named). */
export function textCompareHash(year: number | string, other: { with?: string | undefined; withYear?: number | string | undefined } = {}): string {
  return hashOf('annual-report', { year: String(year), view: 'compare', with: other.with, withYear: other.withYear === undefined ? undefined : String(other.withYear) });
}

/** From a duplicate finding to the two texts it is about (null for other findings, or roles that cannot open it). */
export function findingTextCompareLink(finding: FindingDetail, role: Role): HTMLElement | null {
  if (finding.rule !== DUPLICATE_RULE || !COMPARING_ROLES.includes(role)) return null;
  const details = finding.details as { otherAgency?: string; otherYear?: number };
  const href = textCompareHash(finding.subject, { with: details.otherAgency, withYear: details.otherYear });
  return el('p', null, el('a', { attrs: { href, 'data-testid': 'finding-text-compare' } }, '查看两份报告的文本比对'));
}

function sharedShare(side: Side): number {
  const total = side.segments.reduce((n, s) => n + s.text.length, 0);
  const shared = side.segments.reduce((n, s) => n + (s.shared ? s.text.length : 0), 0);
  return total === 0 ? 0 : Math.round((shared / total) * 100);
}

function textColumn(side: Side, role: 'report' | 'other'): HTMLElement {
  return el(
    'div',
    { class: 'text-column', attrs: { 'data-side': role } },
    el('h3', null, `${side.agencyName} ${side.year} 年度报告`),
    el('p', { class: 'muted' }, `发布日期 ${day(side.publishedOn)}；标出部分占全文 ${sharedShare(side)}%`),
    el('div', { class: 'report-text' }, ...side.segments.map((s) => (s.shared ? el('mark', null, s.text) : s.text))),
  );
}

/** A form to compare with another report: an agency code (empty: this agency) and a year. */
function otherReportForm(context: PageContext, comparison: AnnualTextComparison | null): HTMLElement {
  const agency = el('input', { attrs: { name: 'with', size: 14, placeholder: '本机关', value: context.route.params.get('with') ?? '' } });
  const year = el('input', { attrs: { name: 'withYear', size: 6, inputmode: 'numeric', value: context.route.params.get('withYear') ?? (comparison ? String(comparison.other.year) : '') } });
  return el(
    'div',
    { class: 'toolbar' },
    field('对比机关代码', agency),
    field('对比年度', year),
    button('比对', () => context.setParams({ with: agency.value.trim() || null, withYear: year.value.trim() || null })),
  );
}

export async function renderTextComparison(body: HTMLElement, context: PageContext, year: number): Promise<void> {
  const params = context.route.params;
  let comparison: AnnualTextComparison;
  try {
    comparison = await getJson<AnnualTextComparison>(`/reports/annual/${year}/compare`, {
      agency: context.agency,
      with: params.get('with'),
      withYear: params.get('withYear'),
    });
  } catch (error) {
    replaceChildren(body, otherReportForm(context, null), notice('error', error instanceof ApiError ? error.message : '无法读取文本比对'));
    return;
  }
  const verdict = comparison.duplicate
    ? notice('warning', `相似度 ${comparison.similarityPercent}%，达到雷同阈值 ${comparison.thresholdPercent}%`)
    : notice('success', `相似度 ${comparison.similarityPercent}%，低于雷同阈值 ${comparison.thresholdPercent}%`);
  replaceChildren(
    body,
    otherReportForm(context, comparison),
    section(
      `文本比对：${comparison.report.year} 年度报告与${BASIS_TEXT[comparison.basis]}`,
      el(
        'dl',
        { class: 'facts' },
        el('dt', null, '相似度'),
        el('dd', { attrs: { 'data-testid': 'text-similarity' } }, `${comparison.similarityPercent}%（${comparison.similarity}）`),
        el('dt', null, '雷同阈值'),
        el('dd', { attrs: { 'data-testid': 'text-threshold' } }, `${comparison.thresholdPercent}%`),
      ),
      verdict,
      el(
        'p',
        { class: 'muted' },
        `标出的是两份报告共有的片段：去除机关名称、数字、空白和标点后，连续 ${comparison.gram} 字以上相同的文字（与规则 report/annual-duplicate 的计算一致）。`,
      ),
      el('div', { class: 'text-compare', attrs: { 'data-testid': 'text-compare' } }, textColumn(comparison.report, 'report'), textColumn(comparison.other, 'other')),
    ),
  );
}
