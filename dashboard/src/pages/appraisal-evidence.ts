// 扣分依据: the findings behind one deduction of a section's appraisal score (GET /api/appraisal/:year/findings),
// read-only. Roles that may open the findings list go from a row to the finding; the appraisal role reads
// them here.
import { getJson } from '../api/client.ts';
import type { DeductionFindings } from '../api/types.ts';
import type { PageContext } from '../app/context.ts';
import { mayOpen } from '../app/navigation.ts';
import { button, el, section } from '../ui/dom.ts';
import { count, day } from '../ui/format.ts';
import { dataTable } from '../ui/table.ts';

/** The page parameters that select a deduction (section absent: the findings that name no section). */
export function deductionParams(section: string | null, deduction: string): Record<string, string | null> {
  return { section, deduction };
}

export async function deductionEvidence(context: PageContext, year: number): Promise<HTMLElement | null> {
  const deduction = context.route.params.get('deduction');
  if (!deduction || !context.agency) return null;
  const reply = await getJson<DeductionFindings>(`/appraisal/${year}/findings`, {
    agency: context.agency,
    section: context.route.params.get('section'),
    deduction,
  });
  const opensFindings = mayOpen(context.user.role, 'findings');
  type Row = DeductionFindings['findings'][number];
  return el(
    'div',
    { attrs: { 'data-testid': 'deduction-evidence' } },
    section(
      `扣分依据：${reply.label} · ${reply.deduction.name}`,
      el('p', { class: 'muted' }, `每项扣 ${reply.deduction.points} 分，计 ${count(reply.deduction.count)} 项，共扣 ${reply.deduction.deducted} 分。`),
      dataTable<Row>(
        [
          { label: '编号', cell: (f) => f.id, class: 'num' },
          { label: '问题', cell: (f) => f.ruleTitle },
          { label: '对象', cell: (f) => f.subject },
          { label: '期限', cell: (f) => day(f.due), class: 'date' },
          { label: '实际', cell: (f) => day(f.actual), class: 'date' },
          { label: '超期工作日', cell: (f) => f.lateWorkdays, class: 'num' },
          { label: '说明', cell: (f) => f.message },
        ],
        reply.findings,
        {
          empty: '该扣分项依据台账事实，没有对应的问题记录',
          ...(opensFindings ? { onRowClick: (f: Row) => context.go('findings', { id: String(f.id), period: 'all' }) } : {}),
        },
      ),
      button('关闭', () => context.setParams({ section: null, deduction: null })),
    ),
  );
}
