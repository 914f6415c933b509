// 年度考核: an agency's and each section's score for a year (or a period) under an appraisal scheme, each
// deduction linked to the findings (or ledger facts) behind it, with last year's scores beside them.
// The server's GET /api/appraisal/:year calls computeAppraisal: keep its signature and result stable.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { findAgency, type AgencyRef } from '../agency.ts';
import { loadDefaultScheme } from './default-scheme.ts';
import { previousPeriod, yearPeriod, type AppraisalPeriod } from './period.ts';
import { maxTotal, type AppraisalScheme } from './scheme.ts';
import { roundPoints, scoreFromTallies, type Score } from './score.ts';
import { sectionsInOrder } from './section-order.ts';
import { agencySections, tallyDeductions, type DeductionTally } from './tally.ts';

export { loadDefaultScheme, readSchemeFile } from './default-scheme.ts';
export { parseScheme, SchemeError, type AppraisalScheme } from './scheme.ts';
export type { AppraisalPeriod } from './period.ts';
export type { DeductionScore, ItemScore, Score } from './score.ts';

/** The label of findings that name no section (annual reports, website columns): the agency as a whole. */
export const AGENCY_WIDE = '（机关整体）';

export interface AppraisalOptions {
  agency: string;
  year: number;
  /** Default: the district-2020 scheme. */
  scheme?: AppraisalScheme;
  /** Default: the calendar year. */
  period?: AppraisalPeriod;
  /** Finding ids behind each deduction (default true; the evaluation sheet streams them instead). */
  withFindingIds?: boolean;
  /** Score the same period a year earlier too (default true). */
  compare?: boolean;
}

export interface SectionAppraisal extends Score {
  /** null: findings that name no section, which count against the agency as a whole. */
  section: string | null;
  label: string;
}

export interface ScoreChange {
  section: string | null;
  label: string;
  total: number;
  grade: string;
  previousTotal: number;
  previousGrade: string;
  change: number;
}

export interface Appraisal {
  agency: AgencyRef;
  year: number;
  period: AppraisalPeriod;
  scheme: Pick<AppraisalScheme, 'id' | 'name' | 'version' | 'countStatuses' | 'grades'> & { max: number };
  /** The agency's score: every counted finding, each item capped once for the whole agency. */
  agencyScore: Score;
  sections: SectionAppraisal[];
  comparison: { period: AppraisalPeriod; agency: ScoreChange; sections: ScoreChange[] } | null;
}

function sectionScores(scheme: AppraisalScheme, sections: string[], tallies: DeductionTally[]): SectionAppraisal[] {
  const bySection = new Map<string | null, DeductionTally[]>();
  for (const t of tallies.filter((t) => t.level === 'section')) {
    bySection.set(t.section, [...(bySection.get(t.section) ?? []), t]);
  }
  const names = sectionsInOrder([...sections, ...[...bySection.keys()].filter((s): s is string => s !== null)]);
  const result: SectionAppraisal[] = names.map((section) => ({
    section,
    label: section,
    ...scoreFromTallies(scheme, bySection.get(section) ?? []),
  }));
  if (bySection.has(null)) result.push({ section: null, label: AGENCY_WIDE, ...scoreFromTallies(scheme, bySection.get(null)!) });
  return result;
}

function change(current: { section: string | null; label: string } & Score, previous: Score): ScoreChange {
  return {
    section: current.section,
    label: current.label,
    total: current.total,
    grade: current.grade,
    previousTotal: previous.total,
    previousGrade: previous.grade,
    change: roundPoints(current.total - previous.total),
  };
}

export async function computeAppraisal(db: Kysely<Database>, options: AppraisalOptions): Promise<Appraisal> {
  const scheme = options.scheme ?? loadDefaultScheme();
  const agency = await findAgency(db, options.agency);
  const period = options.period ?? yearPeriod(options.year);
  const sections = await agencySections(db, agency.code);

  const tallies = await tallyDeductions(db, { agency: agency.code, period, scheme }, { withIds: options.withFindingIds ?? true });
  const agencyScore = scoreFromTallies(scheme, tallies.filter((t) => t.level === 'agency'));
  const scored = sectionScores(scheme, sections, tallies);

  let comparison: Appraisal['comparison'] = null;
  if (options.compare ?? true) {
    const earlier = previousPeriod(period);
    const before = await tallyDeductions(db, { agency: agency.code, period: earlier, scheme }, { withIds: false });
    const beforeSections = new Map(sectionScores(scheme, sections, before).map((s) => [s.section, s]));
    comparison = {
      period: earlier,
      agency: change({ section: null, label: agency.name, ...agencyScore }, scoreFromTallies(scheme, before.filter((t) => t.level === 'agency'))),
      // A section with nothing to deduct last year had full marks.
      sections: scored.map((s) => change(s, beforeSections.get(s.section) ?? scoreFromTallies(scheme, []))),
    };
  }

  return {
    agency,
    year: options.year,
    period,
    scheme: {
      id: scheme.id,
      name: scheme.name,
      version: scheme.version,
      countStatuses: scheme.countStatuses,
      grades: scheme.grades,
      max: maxTotal(scheme),
    },
    agencyScore,
    sections: scored,
    comparison,
  };
}
