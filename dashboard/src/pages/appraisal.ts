// 考核: the year's scores per section under the appraisal scheme (GET /api/appraisal/:year), with last
// year's beside them, each item's deductions, and the findings counted per section and rule family.
import { apiUrl, getJson } from '../api/client.ts';
import type { AppraisalReply } from '../api/types.ts';
import type { PageContext } from '../app/context.ts';
import { el, field, notice, replaceChildren, section, select } from '../ui/dom.ts';
import { count, todayInChina } from '../ui/format.ts';
import { chartBox } from '../ui/chart.ts';
import { dataTable } from '../ui/table.ts';
import { appraisalScores, type SectionScore } from '../../charts/appraisal-scores.ts';
import { NO_SECTION } from '../data/finding-tallies.ts';
import { hashOf, withParams } from '../app/router.ts';
import { deductionEvidence, deductionParams } from './appraisal-evidence.ts';

/** The part of reports/appraisal's result the page reads (the API types it as unknown). */
interface ScoredItem {
  id: string;
  name: string;
  max: number;
  deducted: number;
  score: number;
  deductions: { id: string; name: string; points: number; count: number; deducted: number }[];
}
interface Scored {
  scheme: { name: string; version: string; max: number };
  agencyScore: { total: number; max: number; grade: string; items: ScoredItem[] };
  sections: { section: string | null; label: string; total: number; max: number; grade: string; items: ScoredItem[] }[];
  comparison: { sections: { section: string | null; previousTotal: number; change: number }[] } | null;
}

function isScored(value: unknown): value is Scored {
  return typeof value === 'object' && value !== null && 'sections' in value && 'agencyScore' in value;
}

export async function renderAppraisal(container: HTMLElement, context: PageContext): Promise<void> {
  if (!context.agency) {
    replaceChildren(container, notice('info', '请先在页面上方选择机关。'));
    return;
  }
  const thisYear = Number(todayInChina().slice(0, 4));
  const year = Number(context.route.params.get('year')) || thisYear - 1;
  const yearSelect = select('year', Array.from({ length: 6 }, (_, i): [string, string] => [String(thisYear - i), `${thisYear - i} 年度`]), String(year));
  yearSelect.addEventListener('change', () => context.setParams({ year: yearSelect.value }));
  const body = el('div', null, el('p', { class: 'loading' }, '正在计分…'));
  replaceChildren(container, el('div', { class: 'toolbar' }, field('年度', yearSelect)), body);

  const reply = await getJson<AppraisalReply>(`/appraisal/${year}`, { agency: context.agency });
  const counts = section(
    '问题计数（按规则类别）',
    dataTable(
      [
        { label: '科室', cell: (s: AppraisalReply['sections'][number]) => s.section ?? NO_SECTION },
        { label: '政府信息', cell: (s) => count(s.doc), class: 'num' },
        { label: '依申请公开', cell: (s) => count(s.req), class: 'num' },
        { label: '网站与新媒体', cell: (s) => count(s.pub), class: 'num' },
        { label: '年度报告', cell: (s) => count(s.report), class: 'num' },
        { label: '合计', cell: (s) => count(s.total), class: 'num' },
      ],
      reply.sections,
      { empty: '该年度没有问题' },
    ),
  );
  if (!isScored(reply.appraisal)) {
    replaceChildren(body, notice('info', '评分标准尚未启用，下表为各科室的问题计数。'), counts);
    return;
  }
  const scored = reply.appraisal;
  const evidence = await deductionEvidence(context, year);
  // Each deduction links to the findings behind it, shown on this page (the appraisal role has no findings list).
  const deductionLinks = (s: Scored['sections'][number]) => {
    const links = s.items.flatMap((i) =>
      i.deductions
        .filter((d) => d.count > 0)
        .map((d) =>
          el(
            'a',
            { class: 'deduction-link', attrs: { href: hashOf('appraisal', withParams(context.route, deductionParams(s.section, d.id))), 'data-deduction': d.id } },
            `${d.name} ${d.count} 次 −${d.deducted}`,
          ),
        ),
    );
    return links.length ? el('span', { class: 'deductions' }, ...links.flatMap((a, i) => (i ? ['；', a] : [a]))) : '无';
  };
  const previous = new Map((scored.comparison?.sections ?? []).map((c) => [c.section, c]));
  const scores: SectionScore[] = scored.sections.map((s) => ({ label: s.label, total: s.total, max: s.max, grade: s.grade, previousTotal: previous.get(s.section)?.previousTotal ?? null }));
  replaceChildren(
    body,
    el('p', { class: 'muted' }, `评分标准：${scored.scheme.name}（${scored.scheme.version}），满分 ${scored.scheme.max}。机关整体得分 ${scored.agencyScore.total}（${scored.agencyScore.grade}）。`),
    el(
      'p',
      null,
      el(
        'a',
        { class: 'button-like', attrs: { href: apiUrl(`/appraisal/${year}/evaluation`, { agency: context.agency }), download: '', 'data-testid': 'evaluation-xlsx' } },
        '下载考核评分表（Excel）',
      ),
    ),
    section('各科室得分', chartBox('得分（虚线为上年得分）', (width) => (scores.length ? appraisalScores(scores, { width }) : null), '没有科室', 'appraisal-scores')),
    section(
      '得分明细',
      dataTable(
        [
          { label: '科室', cell: (s: Scored['sections'][number]) => s.label },
          { label: '得分', cell: (s) => s.total, class: 'num' },
          { label: '等次', cell: (s) => s.grade },
          { label: '上年', cell: (s) => previous.get(s.section)?.previousTotal ?? null, class: 'num' },
          { label: '变化', cell: (s) => { const c = previous.get(s.section)?.change; return c === undefined ? null : c > 0 ? `+${c}` : String(c); }, class: 'num' },
          { label: '扣分项', cell: deductionLinks },
        ],
        scored.sections,
      ),
    ),
    evidence,
    counts,
  );
  evidence?.scrollIntoView({ block: 'start' });
}
