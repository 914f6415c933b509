// The documents ledger (政府信息台账) of one agency: documents formed on the calendar (mostly on working
// days), each moving formed → submitted → reviewed → approved → published with lags in working days drawn
// from skewed distributions, violations planted at RATES, and every finding the rules must produce
// counted from the generated values.
import { namesLawfulGround } from '../../rules/doc/lawful-grounds.ts';
import { resolveProfile } from '../../rules/profiles/index.ts';
import type { Agency } from './agencies.ts';
import type { CsvWriter } from './csv.ts';
import { DaySampler, type GenContext } from './context.ts';
import { RATES } from './plants.ts';
import { Rng } from './random.ts';
import { documentTitle, LAWFUL_EXEMPTIONS, UNLAWFUL_REASONS } from './vocab.ts';

/** Canonical headers (FORMATS.md) and the document table's columns, in file order. */
export const DOCUMENT_COLUMNS: readonly (readonly [zh: string, en: string])[] = [
  ['记录编号', 'record_key'], ['科室', 'section'], ['文号', 'doc_no'], ['标题', 'title'], ['类型', 'kind'],
  ['信息类别', 'category'], ['形成日期', 'formed_on'], ['变更日期', 'changed_on'], ['公开属性', 'attribute'],
  ['不公开理由', 'exempt_reason'], ['不公开依据', 'exempt_basis'], ['报送日期', 'submitted_on'],
  ['保密审查日期', 'reviewed_on'], ['审查人', 'reviewer'], ['审定日期', 'approved_on'], ['审定领导', 'approved_by'],
  ['发布日期', 'published_on'], ['发布渠道', 'channel'], ['链接', 'url'], ['索引号', 'index_no'],
  ['解读发布日期', 'interpretation_published_on'], ['废止日期', 'repealed_on'],
];

/** A publication the documents ledger implies: the portal's item for a document, or a WeChat post of it. */
export interface LinkedPost {
  day: number;
  channel: '门户网站' | '微信公众号';
  column: string | null;
  title: string;
  docNo: string;
  url: string;
}

function portalColumn(category: string): string {
  if (category === '行政处罚' || category === '行政许可' || category === '行政强制') return category;
  if (category === '行政规范性文件' || category === '规章') return '政策文件';
  return '通知公告';
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export async function generateDocuments(ctx: GenContext, agency: Agency, count: number, out: CsvWriter): Promise<LinkedPost[]> {
  const { cal, asOf, expected } = ctx;
  const limits = resolveProfile(agency.profile).deadlines;
  const R = RATES.documents;
  const rng = new Rng(ctx.seed, `documents:${agency.code}`);
  const days = new DaySampler(ctx).sorted(rng, count, 0.97);
  const dept = agency.dept;
  const code = agency.code.toUpperCase();
  const seqByYear = new Map<number, number>();
  const docNoSeq = new Map<string, number>();
  let indexSeq = 0;
  const linked: LinkedPost[] = [];
  const hit = (rule: string) => expected.add(agency.code, rule);
  const upTo = (day: number | null) => (day !== null && day <= asOf ? day : null);
  const iso = (day: number | null) => (day === null ? null : cal.isoOf(day));

  for (let i = 0; i < count; i++) {
    const formed = days[i]!;
    const formedIso = cal.isoOf(formed);
    const year = Number(formedIso.slice(0, 4));
    const month = Number(formedIso.slice(5, 7));
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    const recordKey = `${code}-${year}-${pad(seq, 6)}`;
    const section = rng.pick(agency.sections);
    const kind = rng.chance(0.65) ? '公文' : '非公文';
    const u = rng.next();
    const category =
      u < dept.enforcement ? '行政处罚'
      : u < dept.enforcement + dept.permits ? '行政许可'
      : u < dept.enforcement + dept.permits + 0.02 ? '行政规范性文件'
      : u < dept.enforcement + dept.permits + 0.03 && dept.enforcement > 0.1 ? '行政强制'
      : u < dept.enforcement + dept.permits + 0.034 ? '行政事业性收费'
      : u < dept.enforcement + dept.permits + 0.035 ? '规章'
      : '其他';
    const title = documentTitle(rng, dept, category, year, month);

    let attribute: string | null;
    if (category !== '其他') attribute = rng.chance(0.96) ? '主动公开' : '不予公开';
    else if (kind === '公文') attribute = rng.weighted([['主动公开', 45], ['依申请公开', 20], ['不予公开', 35]] as const);
    else attribute = rng.weighted([['主动公开', 55], ['依申请公开', 15], ['不予公开', 25], [null, 5]] as const);
    if (kind === '公文' && rng.chance(R.attributeMissing)) attribute = null;

    let docNo: string | null = null;
    if (kind === '公文' && rng.chance(0.8)) {
      const prefix = `${agency.districtShort}${dept.abbr}${category === '行政处罚' ? '罚' : ''}`;
      const k = (docNoSeq.get(`${prefix}${year}`) ?? 0) + 1;
      docNoSeq.set(`${prefix}${year}`, k);
      docNo = `${prefix}〔${year}〕${k}号`;
    }

    let changed: number | null = rng.chance(0.03) ? formed + rng.int(5, 120) : null;
    if (changed !== null && changed >= asOf) changed = null;
    const fc = changed ?? formed;
    const submitLag = (late: boolean) => (late ? 16 + rng.lag(6, 0, 40) : rng.lag(3, cal.isWorkday(fc) ? 0 : 1, 13));

    let submitted: number | null = null;
    let reviewed: number | null = null;
    let approved: number | null = null;
    let published: number | null = null;
    let reason: string | null = null;
    let basis: string | null = null;
    let indexNo: string | null = null;
    let interpretation: number | null = null;
    let repealed: number | null = null;
    const posts: LinkedPost[] = [];

    const release = (from: number, late: boolean) => {
      const r = rng.int(0, 2);
      const a = rng.int(0, 2);
      const p = rng.int(0, 1) + (late ? 6 + rng.lag(3, 0, 30) : 0);
      reviewed = cal.wd(from, r);
      approved = cal.wd(reviewed, a);
      published = cal.wd(approved, p);
    };

    if (attribute === '主动公开') {
      submitted = cal.wd(fc, submitLag(rng.chance(R.submissionLate)));
      release(submitted, rng.chance(R.releaseLate));
      if (rng.chance(R.unpublished)) published = null;
      if (published !== null) {
        if (rng.chance(R.withoutReview)) reviewed = rng.chance(0.5) ? null : cal.wd(published, rng.int(1, 3));
        if (rng.chance(R.withoutApproval)) approved = null;
        else if (rng.chance(R.beforeApproval)) approved = cal.wd(published, rng.int(1, 3));
      }
      indexNo = `${agency.creditCode}/${year}-${pad(++indexSeq, 5)}`;
      if (published !== null && rng.chance(R.indexMissing)) indexNo = null;
      if (category === '行政规范性文件' && published !== null) {
        interpretation = rng.chance(R.interpretationLate) ? (rng.chance(0.5) ? null : cal.wd(published, rng.int(1, 5))) : published;
      }
      if ((category === '行政规范性文件' || category === '规章') && published !== null && rng.chance(0.05)) {
        repealed = published + rng.int(200, 900);
      }
    } else if (attribute === '不予公开') {
      const [lawfulReason, lawfulBasis] = rng.pick(LAWFUL_EXEMPTIONS);
      reason = lawfulReason;
      basis = lawfulBasis || null;
      if (rng.chance(R.exemptReasonMissing)) reason = basis = null;
      else if (rng.chance(R.exemptBasisUnlawful)) {
        reason = rng.pick(UNLAWFUL_REASONS);
        basis = null;
      }
      if (rng.chance(0.8)) submitted = cal.wd(fc, submitLag(false));
      if (rng.chance(R.withheldPublished)) {
        submitted ??= cal.wd(fc, submitLag(false));
        release(submitted, false);
      }
    } else {
      if (rng.chance(attribute === null ? 0.5 : 0.8)) submitted = cal.wd(fc, submitLag(false));
      if (submitted !== null && rng.chance(0.3)) reviewed = cal.wd(submitted, rng.int(0, 3));
    }

    // Nothing has happened after the as-of date.
    submitted = upTo(submitted);
    reviewed = upTo(reviewed);
    approved = upTo(approved);
    published = submitted === null ? null : upTo(published);
    interpretation = published === null ? null : upTo(interpretation);
    repealed = upTo(repealed);

    const column = portalColumn(category);
    const url = published === null ? null : `${agency.site}/${column === '通知公告' ? 'tzgg' : 'zcwj'}/${iso(published)!.replace(/-/g, '')}/${pad(seq, 5)}.html`;
    if (published !== null && docNo !== null && attribute === '主动公开') {
      if (rng.chance(0.3)) posts.push({ day: published, channel: '门户网站', column, title, docNo, url: url! });
      if (rng.chance(R.portalNotFirst)) {
        posts.push({ day: published - rng.int(1, 5), channel: '微信公众号', column: null, title, docNo, url: '' });
      } else if (rng.chance(0.15)) {
        const day = published + rng.int(0, 3);
        if (day <= asOf) posts.push({ day, channel: '微信公众号', column: null, title, docNo, url: '' });
      }
    }
    linked.push(...posts);

    // The findings these values must produce (rules/doc/*, over rules/ledgers/documents.ts).
    const proactiveDue = cal.wd(fc, limits.proactiveWorkdays);
    const submissionDue = cal.wd(fc, limits.sectionSubmissionWorkdays);
    const releaseDue = submitted === null ? null : cal.wd(submitted, limits.officeReleaseWorkdays);
    const interpretationDue = published === null ? null : limits.interpretationWorkdays === 0 ? published : cal.wd(published, limits.interpretationWorkdays);
    const otherPosts = posts.filter((p) => p.channel !== '门户网站').map((p) => p.day);
    const firstOther = otherPosts.length ? Math.min(...otherPosts) : null;
    const portalPosts = posts.filter((p) => p.channel === '门户网站').map((p) => p.day);
    const firstPortal = published !== null || portalPosts.length ? Math.min(...portalPosts, ...(published !== null ? [published] : [])) : null;
    const given = basis ?? reason;
    const proactive = attribute === '主动公开';
    if (kind === '公文' && attribute === null) hit('doc/attribute-missing');
    if (attribute === '不予公开' && reason === null && basis === null) hit('doc/exempt-reason-missing');
    if (attribute === '不予公开' && given !== null && !namesLawfulGround(given)) hit('doc/exempt-basis-unlawful');
    if (attribute === '不予公开' && (published !== null || posts.length > 0)) hit('doc/withheld-but-published');
    if (submitted !== null && submitted > submissionDue) hit('doc/submission-late');
    if (proactive && published !== null && releaseDue !== null && published > releaseDue) hit('doc/release-late');
    if (proactive && published !== null && published > proactiveDue) hit('doc/proactive-late');
    if (proactive && published === null && asOf > proactiveDue && (repealed === null || repealed > proactiveDue)) hit('doc/proactive-unpublished');
    if (published !== null && (reviewed === null || reviewed > published)) hit('doc/published-without-review');
    if (published !== null && (approved === null || approved > published)) hit('doc/published-without-approval');
    if (published !== null && (published < formed || (approved !== null && published < approved))) hit('doc/published-before-approval');
    if (published !== null && indexNo === null) hit('doc/index-number-missing');
    if (category === '行政规范性文件' && interpretationDue !== null && (interpretation === null ? asOf > interpretationDue : interpretation > interpretationDue)) {
      hit('doc/interpretation-missing');
    }
    if (proactive && docNo !== null && firstOther !== null && (firstPortal === null || firstOther < firstPortal)) hit('doc/portal-not-first');

    const channel = published === null ? null : '门户网站';
    const reviewer = reviewed === null ? null : rng.pick(agency.reviewers);
    const approver = approved === null ? null : rng.pick(agency.leaders);
    await out.row([
      recordKey, section, docNo, title, kind, category, formedIso, iso(changed), attribute, reason, basis, iso(submitted),
      iso(reviewed), reviewer, iso(approved), approver, iso(published), channel, url, indexNo, iso(interpretation), iso(repealed),
    ]);
  }
  return linked;
}
