// Appraisal for the API. The scoring lives in reports/appraisal (another module, landing on its own); when
// its index is present its computeAppraisal is called, and the per-section finding counts by rule family
// are always given beside it (they are also what the page shows until scoring exists). The module is
// looked up at run time so that this file builds whether or not it has landed.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { findingsByIds } from './findings.ts';

type ComputeAppraisal = (db: Kysely<Database>, options: { agency: string; year: number; withFindingIds?: boolean }) => Promise<unknown>;

const APPRAISAL_MODULE = new URL('../../reports/appraisal/index.ts', import.meta.url);

let scoring: Promise<ComputeAppraisal | null> | null = null;

function loadScoring(): Promise<ComputeAppraisal | null> {
  scoring ??= (async () => {
    if (!existsSync(fileURLToPath(APPRAISAL_MODULE))) return null;
    const module = (await import(APPRAISAL_MODULE.href)) as { computeAppraisal?: ComputeAppraisal };
    return typeof module.computeAppraisal === 'function' ? module.computeAppraisal : null;
  })();
  return scoring;
}

export async function familyCounts(db: Kysely<Database>, agency: string, year: number) {
  const { rows } = await sql<{ section: string | null; doc: number; req: number; pub: number; report: number; total: number }>`
    select section,
      (count(*) filter (where rule like 'doc/%'))::int as doc,
      (count(*) filter (where rule like 'req/%'))::int as req,
      (count(*) filter (where rule like 'pub/%'))::int as pub,
      (count(*) filter (where rule like 'report/%'))::int as report,
      count(*)::int as total
    from finding
    where agency = ${agency} and not resolved_by_data and status <> 'waived'
      and coalesce(due, actual) between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date
    group by section
    order by section nulls last`.execute(db);
  return rows;
}

export async function appraisal(db: Kysely<Database>, agency: string, year: number) {
  const [compute, sections] = await Promise.all([loadScoring(), familyCounts(db, agency, year)]);
  const scored = compute ? await compute(db, { agency, year, withFindingIds: true }) : null;
  return { agency, year, source: compute ? ('reports/appraisal' as const) : ('placeholder' as const), appraisal: scored, sections };
}

/** The part of computeAppraisal's result a deduction's evidence is read from. */
interface ScoredSections {
  sections: { section: string | null; label: string; items: { deductions: { id: string; name: string; points: number; count: number; deducted: number; findingIds: number[] }[] }[] }[];
}

/**
 * The findings behind one deduction of one section's score (section null: the findings that name no
 * section), so that a reader of the scores, the appraisal role included, can see what each point cost was
 * for; only the findings the appraisal counted, never others. null when scoring or the deduction is absent.
 */
export async function deductionFindings(db: Kysely<Database>, agency: string, year: number, section: string | null, deductionId: string) {
  const compute = await loadScoring();
  if (!compute) return null;
  const scored = (await compute(db, { agency, year, withFindingIds: true })) as ScoredSections;
  const scoredSection = scored.sections.find((s) => s.section === section);
  const deduction = scoredSection?.items.flatMap((i) => i.deductions).find((d) => d.id === deductionId);
  if (!scoredSection || !deduction) return null;
  const { findingIds, ...rest } = deduction;
  return { agency, year, section, label: scoredSection.label, deduction: rest, findings: await findingsByIds(db, agency, findingIds) };
}
