// 文本比对: an agency's annual report beside the report report/annual-duplicate compared it with (or the
// agency's previous report, or one the user names), the passages both share marked, with the similarity
// and threshold of the rule as the agency's profile sets it. Another agency's report is shown only once
// published (a published report is public; a draft in another agency's ledger is not).
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { RULES } from '../../rules/index.ts';
import { resolveProfile } from '../../rules/profiles/index.ts';
import { ruleOptions } from '../../rules/engine/options.ts';
import { compareReportTexts } from '../../reports/annual/text-compare.ts';
import { forbidden, notFound } from '../errors.ts';

type Db = Kysely<Database>;

const RULE_ID = 'report/annual-duplicate';

export interface TextComparisonRequest {
  agency: string;
  year: number;
  with?: string | undefined;
  withYear?: number | undefined;
  /** The caller's own agency (null: every agency). */
  callerAgency: string | null;
}

type Basis = 'finding' | 'previous' | 'requested';

interface Target {
  agency: string;
  year: number;
  basis: Basis;
}

/** The open duplicate finding of the report, and the report it names. */
async function duplicateFinding(db: Db, agency: string, year: number) {
  const row = await db
    .selectFrom('finding')
    .select(['id', 'details'])
    .where('agency', '=', agency)
    .where('rule', '=', RULE_ID)
    .where('subject', '=', String(year))
    .where('resolved_by_data', '=', false)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!row) return null;
  const details = (row.details ?? {}) as { otherAgency?: unknown; otherYear?: unknown };
  const named = typeof details.otherAgency === 'string' && typeof details.otherYear === 'number';
  return { id: row.id, other: named ? { agency: details.otherAgency as string, year: details.otherYear as number } : null };
}

/** The agency's latest earlier report with a text: what the rule compares a report with. */
async function previousYear(db: Db, agency: string, year: number): Promise<number | null> {
  const row = await db
    .selectFrom('annual_report')
    .select('year')
    .where('agency', '=', agency)
    .where('year', '<', year)
    .where(sql<boolean>`nullif(btrim(coalesce(full_text, '')), '') is not null`)
    .orderBy('year', 'desc')
    .executeTakeFirst();
  return row?.year ?? null;
}

async function targetOf(db: Db, request: TextComparisonRequest, found: { agency: string; year: number } | null): Promise<Target | null> {
  const { agency, year } = request;
  if (request.with || request.withYear) {
    const other = request.with ?? agency;
    // Another agency's report of the same year, or this agency's previous one: as the rule compares.
    const otherYear = request.withYear ?? (other === agency ? await previousYear(db, agency, year) : year);
    if (otherYear === null) return null;
    // Asking for the report the finding names (as its link does) is still comparing with the finding's.
    const named = found?.agency === other && found.year === otherYear;
    return { agency: other, year: otherYear, basis: named ? 'finding' : 'requested' };
  }
  if (found) return { ...found, basis: 'finding' };
  const previous = await previousYear(db, agency, year);
  return previous === null ? null : { agency, year: previous, basis: 'previous' };
}

async function reportText(db: Db, agency: string, year: number) {
  return db
    .selectFrom('annual_report as r')
    .leftJoin('agency as a', 'a.code', 'r.agency')
    .select(['r.agency', 'r.year', 'r.published_on', 'r.full_text', 'a.name'])
    .where('r.agency', '=', agency)
    .where('r.year', '=', year)
    .executeTakeFirst();
}

type ReportText = NonNullable<Awaited<ReturnType<typeof reportText>>>;

function withText(report: ReportText | undefined, agency: string, year: number): ReportText & { full_text: string } {
  if (!report) throw notFound(`未找到 ${agency} ${year} 年度报告`);
  if (!report.full_text?.trim()) throw notFound(`${report.name ?? agency} ${year} 年度报告未导入全文`);
  return report as ReportText & { full_text: string };
}

/** The rule's options under the agency's profile (its defaults where the profile leaves it out). */
async function duplicateOptions(db: Db, agency: string) {
  const row = await db.selectFrom('agency').select('profile').where('code', '=', agency).executeTakeFirstOrThrow();
  const overrides = resolveProfile(row.profile).rules.get(RULE_ID) ?? {};
  return ruleOptions(RULES[RULE_ID]!, overrides) as { threshold: number; gram: number };
}

export async function annualTextComparison(db: Db, request: TextComparisonRequest) {
  const { agency, year } = request;
  const finding = await duplicateFinding(db, agency, year);
  const report = withText(await reportText(db, agency, year), agency, year);
  const target = await targetOf(db, request, finding?.other ?? null);
  if (!target) throw notFound(`${report.name ?? agency} ${year} 年度报告之前没有可比对的年度报告`);
  const other = withText(await reportText(db, target.agency, target.year), target.agency, target.year);
  if (other.agency !== request.callerAgency && request.callerAgency !== null && other.published_on === null) {
    throw forbidden('其他机关尚未发布的年度报告不能查看');
  }
  const [options, agencies] = await Promise.all([duplicateOptions(db, agency), db.selectFrom('agency').select(['code', 'name']).execute()]);
  // Every agency's name and code is removed, as the rule removes them.
  const names = agencies.flatMap((a) => [a.name, a.code]);
  const compared = compareReportTexts(report.full_text, other.full_text, { names, gram: options.gram });
  const side = (r: ReportText, segments: typeof compared.left) => ({
    agency: r.agency,
    agencyName: r.name ?? r.agency,
    year: r.year,
    publishedOn: r.published_on,
    segments,
  });
  return {
    report: side(report, compared.left),
    other: side(other, compared.right),
    basis: target.basis,
    // Rounded as the finding's details round it.
    similarity: Math.round(compared.similarity * 1000) / 1000,
    similarityPercent: Math.round(compared.similarity * 100),
    threshold: options.threshold,
    thresholdPercent: Math.round(options.threshold * 100),
    gram: options.gram,
    duplicate: compared.similarity >= options.threshold,
    findingId: finding?.id ?? null,
  };
}
