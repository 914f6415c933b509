// An independent reading of docs/dev/rule-semantics.md over the generated rows. The generator runs it on
// everything it wrote and requires that it finds exactly the planted violations: a clean row that breaks
// a rule by accident, or a plant that does not fire, stops the generator. It is a check of the samples,
// not the rule engine (which runs in SQL over the imported ledgers).
import { addDays, addMonths, maxDate, minDate, type WorkCalendar } from './calendar.ts';
import { APPLICANT_COLUMNS, OUTCOME_LEAVES, PART4_GROUPS, part3FromLedger } from './figures.ts';
import {
  isPortal,
  publishedOn,
  type AgencyCode,
  type AnnualReportRow,
  type DocumentRow,
  type PublicationRow,
  type RequestRow,
} from './model.ts';

export interface Finding {
  agency: AgencyCode;
  rule: string;
  subject: string;
  due: string | null;
  actual: string | null;
  lateWorkdays: number | null;
}

export interface AgencySample {
  agency: AgencyCode;
  profile: 'shanghai-putuo' | 'suzhou-wujiang-2023';
  documents: DocumentRow[];
  requests: RequestRow[];
  publications: PublicationRow[];
  reports: AnnualReportRow[];
  /** Agency names removed from report texts before comparing them. */
  names: string[];
}

const PUTUO_ONLY = ['doc/submission-late', 'doc/release-late', 'doc/published-without-approval'];
const WUJIANG_ONLY = [
  'doc/portal-not-first',
  'pub/signoff-missing',
  'pub/repost-source-missing',
  'pub/repost-source-unofficial',
  'req/fee-charged',
  'req/not-archived',
];

export function ruleEnabled(profile: AgencySample['profile'], rule: string): boolean {
  if (PUTUO_ONLY.includes(rule)) return profile === 'shanghai-putuo';
  if (WUJIANG_ONLY.includes(rule)) return profile === 'suzhou-wujiang-2023';
  return true;
}

const LAWFUL_GROUNDS = [
  '国家秘密', '涉密', '法律行政法规禁止', '三安全一稳定', '国家安全', '公共安全', '经济安全', '社会稳定',
  '第三方', '商业秘密', '个人隐私', '内部事务', '人事管理', '后勤管理', '内部工作流程', '过程性', '讨论记录',
  '过程稿', '磋商信函', '请示报告', '行政执法案卷', '行政查询', '第十四条', '第十五条', '第十六条', '第三十六条',
];

export function namesLawfulGround(text: string): boolean {
  return LAWFUL_GROUNDS.some((k) => text.includes(k));
}

const OFFICIAL_SOURCE = /(部|厅|局|委员会|委|办公室|人民政府|政府|人大|党委|新华社|人民日报|央视|中央广播电视总台|中国政府网|gov\.cn)/;

export function isOfficialSource(source: string): boolean {
  return OFFICIAL_SOURCE.test(source);
}

const DYNAMIC_COLUMN = /动态|要闻|新闻|工作信息/;

export function isDynamicColumn(column: string): boolean {
  return DYNAMIC_COLUMN.test(column);
}

class Collector {
  readonly findings: Finding[] = [];
  constructor(private readonly sample: AgencySample) {}
  add(rule: string, subject: string, due: string | null = null, actual: string | null = null, lateWorkdays: number | null = null) {
    if (!ruleEnabled(this.sample.profile, rule)) return;
    this.findings.push({ agency: this.sample.agency, rule, subject, due, actual, lateWorkdays });
  }
}

export function referenceCheck(sample: AgencySample, cal: WorkCalendar, asOf: string): Finding[] {
  const out = new Collector(sample);
  checkDocuments(sample, cal, asOf, out);
  checkRequests(sample, cal, asOf, out);
  checkPublications(sample, cal, asOf, out);
  checkReports(sample, cal, asOf, out);
  return out.findings;
}

function checkDocuments(sample: AgencySample, cal: WorkCalendar, asOf: string, out: Collector): void {
  const late = (actual: string, due: string) => cal.between(due, actual);
  const pubsByDocNo = new Map<string, PublicationRow[]>();
  for (const p of sample.publications) {
    if (!p.doc_no) continue;
    pubsByDocNo.set(p.doc_no, [...(pubsByDocNo.get(p.doc_no) ?? []), p]);
  }
  for (const d of sample.documents) {
    const key = d.record_key;
    const fc = maxDate(d.formed_on, d.changed_on)!;
    const withheld = d.attribute === '不予公开';
    const proactive = d.attribute === '主动公开';
    if (d.kind === '公文' && d.attribute === null) out.add('doc/attribute-missing', key);
    if (withheld && !d.exempt_reason && !d.exempt_basis) out.add('doc/exempt-reason-missing', key);
    if (withheld && (d.exempt_reason || d.exempt_basis) && !namesLawfulGround(d.exempt_basis || d.exempt_reason || '')) {
      out.add('doc/exempt-basis-unlawful', key);
    }
    const submitDue = cal.wd(fc, 15);
    if (d.submitted_on && d.submitted_on > submitDue) out.add('doc/submission-late', key, submitDue, d.submitted_on, late(d.submitted_on, submitDue));
    if (proactive && d.submitted_on && d.published_on) {
      const due = cal.wd(d.submitted_on, 5);
      if (d.published_on > due) out.add('doc/release-late', key, due, d.published_on, late(d.published_on, due));
    }
    const publishDue = cal.wd(fc, 20);
    if (proactive && d.published_on && d.published_on > publishDue) {
      out.add('doc/proactive-late', key, publishDue, d.published_on, late(d.published_on, publishDue));
    }
    if (proactive && !d.published_on && asOf > publishDue && !(d.repealed_on && d.repealed_on <= publishDue)) {
      out.add('doc/proactive-unpublished', key, publishDue, null, late(asOf, publishDue));
    }
    if (d.published_on && (!d.reviewed_on || d.reviewed_on > d.published_on)) {
      out.add('doc/published-without-review', key, d.published_on, d.reviewed_on, d.reviewed_on ? late(d.reviewed_on, d.published_on) : null);
    }
    if (d.published_on && (!d.approved_on || d.approved_on > d.published_on)) {
      out.add('doc/published-without-approval', key, d.published_on, d.approved_on, d.approved_on ? late(d.approved_on, d.published_on) : null);
    }
    const linked = d.doc_no ? (pubsByDocNo.get(d.doc_no) ?? []) : [];
    if (withheld && (d.published_on || linked.length > 0)) {
      out.add('doc/withheld-but-published', key, null, minDate(d.published_on, ...linked.map(publishedOn)));
    }
    if (d.category === '行政规范性文件' && d.published_on) {
      const due = d.published_on; // limit 0: published together
      const interp = d.interpretation_published_on;
      if (interp ? interp > due : asOf > due) out.add('doc/interpretation-missing', key, due, interp, late(interp ?? asOf, due));
    }
    if (d.published_on && !d.index_no) out.add('doc/index-number-missing', key);
    if (proactive && d.doc_no) {
      const firstOther = minDate(...linked.filter((p) => !isPortal(p.channel)).map(publishedOn));
      const ownOnPortal = d.published_on && (!d.channel || isPortal(d.channel)) ? d.published_on : null;
      const firstPortal = minDate(ownOnPortal, ...linked.filter((p) => isPortal(p.channel)).map(publishedOn));
      if (firstOther && (!firstPortal || firstOther < firstPortal)) {
        out.add('doc/portal-not-first', key, firstOther, firstPortal, firstPortal ? late(firstPortal, firstOther) : null);
      }
    }
    if (d.published_on && (d.published_on < d.formed_on || (d.approved_on && d.published_on < d.approved_on))) {
      out.add('doc/published-before-approval', key, maxDate(d.formed_on, d.approved_on), d.published_on);
    }
  }
}

function checkRequests(sample: AgencySample, cal: WorkCalendar, asOf: string, out: Collector): void {
  for (const r of sample.requests) {
    const key = r.request_no;
    const awaitingCorrection = r.correction_requested_on !== null && r.correction_received_on === null;
    const start = r.correction_received_on ?? r.received_on;
    const paused = r.third_party_sent_on ? cal.between(r.third_party_sent_on, r.third_party_replied_on ?? r.answered_on ?? asOf) : 0;
    const extension = r.extension_approved_on ? Math.min(r.extension_workdays ?? 20, 20) : 0;
    const baseDue = cal.wd(start, 20 + paused);
    const answerDue = cal.wd(start, 20 + paused + extension);
    const timed = !r.on_the_spot && !awaitingCorrection;
    if (timed && r.answered_on && r.answered_on > answerDue) {
      out.add('req/answer-late', key, answerDue, r.answered_on, cal.between(answerDue, r.answered_on));
    }
    if (timed && !r.answered_on && asOf > answerDue) out.add('req/answer-overdue', key, answerDue, null, cal.between(answerDue, asOf));
    if (!r.on_the_spot && r.answered_on && r.answered_on > baseDue && !r.extension_approved_on) {
      out.add('req/extension-unapproved', key, baseDue, r.answered_on, cal.between(baseDue, r.answered_on));
    }
    if (r.extension_approved_on && r.extension_approved_on > baseDue) {
      out.add('req/extension-late-approval', key, baseDue, r.extension_approved_on, cal.between(baseDue, r.extension_approved_on));
    }
    if (r.extension_approved_on && (!r.extension_notified_on || r.extension_notified_on > baseDue)) {
      const n = r.extension_notified_on;
      out.add('req/extension-not-notified', key, baseDue, n, n ? cal.between(baseDue, n) : null);
    }
    if (r.extension_approved_on && (r.extension_workdays ?? 0) > 20) out.add('req/extension-too-long', key);
    const correctionDue = cal.wd(r.received_on, 7);
    if (r.correction_requested_on && r.correction_requested_on > correctionDue) {
      out.add('req/correction-notice-late', key, correctionDue, r.correction_requested_on, cal.between(correctionDue, r.correction_requested_on));
    }
    if (['网络', '传真', '平常信函'].includes(r.channel) && r.submitted_on && r.received_on > r.submitted_on) {
      out.add('req/receipt-confirmation-late', key, r.submitted_on, r.received_on, cal.between(r.submitted_on, r.received_on));
    }
    if (
      (r.answered_on || r.outcome) &&
      !r.correction_requested_on &&
      (r.id_provided === false || r.contact_provided === false || !r.description)
    ) {
      out.add('req/application-incomplete', key);
    }
    if (r.outcome && (r.outcome.startsWith('不予公开') || r.outcome === '部分公开') && !r.refusal_reason) out.add('req/refusal-reason-missing', key);
    if (r.answered_on && !r.outcome) out.add('req/outcome-missing', key);
    if ((r.fee ?? 0) > 0) out.add('req/fee-charged', key);
    if (r.answered_on) {
      const due = cal.wd(r.answered_on, 20);
      if (r.archived_on ? r.archived_on > due : asOf > due) {
        out.add('req/not-archived', key, due, r.archived_on, cal.between(due, r.archived_on ?? asOf));
      }
    }
  }
}

function checkPublications(sample: AgencySample, cal: WorkCalendar, asOf: string, out: Collector): void {
  const lastPost = new Map<string, string>();
  for (const p of sample.publications) {
    const key = p.record_key;
    if (!isPortal(p.channel) && (!p.drafter || !p.reviewer || !p.signer)) out.add('pub/signoff-missing', key);
    if (p.is_repost && !p.source) out.add('pub/repost-source-missing', key);
    if (p.is_repost && p.source && !isOfficialSource(p.source)) out.add('pub/repost-source-unofficial', key);
    if (isPortal(p.channel) && p.column) {
      const column = `${p.channel}/${p.column}`;
      const day = publishedOn(p);
      if (!lastPost.has(column) || day > lastPost.get(column)!) lastPost.set(column, day);
    }
  }
  for (const [column, last] of lastPost) {
    const name = column.split('/')[1]!;
    const due = isDynamicColumn(name) ? addDays(last, 14) : addMonths(last, 6);
    if (due < asOf) out.add('pub/column-stale', column, due, null, cal.between(due, asOf));
  }
}

/** Character 5-gram Jaccard similarity after removing agency names, years and figures. */
export function textSimilarity(a: string, b: string, names: readonly string[]): number {
  const grams = (text: string) => {
    let t = text;
    for (const n of [...names].sort((x, y) => y.length - x.length)) t = t.split(n).join('');
    t = t.replace(/\d{4}\s*年/g, '').replace(/[0-9０-９.,%．，、]+/g, '').replace(/\s+/g, '');
    const set = new Set<string>();
    for (let i = 0; i + 5 <= t.length; i++) set.add(t.slice(i, i + 5));
    return set;
  };
  const ga = grams(a);
  const gb = grams(b);
  let inter = 0;
  for (const g of ga) if (gb.has(g)) inter++;
  return inter / (ga.size + gb.size - inter);
}

export const DUPLICATE_THRESHOLD = 0.8;

function checkReports(sample: AgencySample, cal: WorkCalendar, asOf: string, out: Collector): void {
  const reports = [...sample.reports].sort((a, b) => a.year - b.year);
  if (reports.length === 0) return;
  const byYear = new Map(reports.map((r) => [r.year, r]));
  const first = reports[0]!.year;
  for (let y = first; `${y + 1}-01-31` < asOf; y++) {
    const r = byYear.get(y);
    const due = `${y + 1}-01-31`;
    if (!r || !r.published_on) out.add('report/annual-missing', String(y), due, null, cal.between(due, asOf));
  }
  for (const r of reports) {
    const subject = String(r.year);
    const due = `${r.year + 1}-01-31`;
    const f = (k: string) => r.figures[k] ?? 0;
    if (r.published_on && r.published_on > due) out.add('report/annual-late', subject, due, r.published_on, cal.between(due, r.published_on));
    if (!arithmeticHolds(f)) out.add('report/annual-arithmetic', subject);
    const prev = byYear.get(r.year - 1);
    if (prev && prev.published_on && r.published_on) {
      const broken = APPLICANT_COLUMNS.some((c) => f(`三.上年结转.${c}`) !== (prev.figures[`三.结转下年度.${c}`] ?? 0));
      if (broken) out.add('report/annual-carryover-mismatch', subject);
    }
    if (sample.requests.length > 0) {
      const fromLedger = part3FromLedger(sample.requests, r.year);
      if (Object.entries(fromLedger).some(([k, v]) => f(k) !== v)) out.add('report/annual-ledger-mismatch', subject);
    }
    // Only one agency in the samples keeps annual reports, so "another agency's report" never applies.
    if (prev && textSimilarity(r.text, prev.text, sample.names) >= DUPLICATE_THRESHOLD) out.add('report/annual-duplicate', subject);
  }
}

function arithmeticHolds(f: (k: string) => number): boolean {
  for (const c of APPLICANT_COLUMNS) {
    if (f(`三.本年新收.${c}`) + f(`三.上年结转.${c}`) !== f(`三.总计.${c}`) + f(`三.结转下年度.${c}`)) return false;
    if (OUTCOME_LEAVES.reduce((s, leaf) => s + f(`三.${leaf}.${c}`), 0) !== f(`三.总计.${c}`)) return false;
  }
  for (const row of ['本年新收', '上年结转', ...OUTCOME_LEAVES, '总计', '结转下年度']) {
    const six = APPLICANT_COLUMNS.slice(0, 6).reduce((s, c) => s + f(`三.${row}.${c}`), 0);
    if (six !== f(`三.${row}.总计`)) return false;
  }
  for (const g of PART4_GROUPS) {
    const parts = ['结果维持', '结果纠正', '其他结果', '尚未审结'].reduce((s, k) => s + f(`四.${g}.${k}`), 0);
    if (parts !== f(`四.${g}.总计`)) return false;
  }
  return true;
}
