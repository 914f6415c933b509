// The requests ledger (依申请公开登记台账) of one agency: requests arriving by channel and applicant type,
// with corrections that restart the period, third-party consultations that pause it, approved and
// notified extensions, answers, outcomes and archiving — lags in working days on the calendar, violations
// planted at RATES, every expected finding counted, and what the annual report's part 三 needs kept.
import { resolveProfile } from '../../rules/profiles/index.ts';
import { OUTCOME_LEAVES } from '../../reports/annual/layout.ts';
import type { Agency } from './agencies.ts';
import type { CsvWriter } from './csv.ts';
import { DaySampler, type GenContext } from './context.ts';
import { RATES } from './plants.ts';
import { Rng } from './random.ts';
import { company, REFUSAL_REASONS, REQUEST_TOPICS, SURNAMES } from './vocab.ts';

export const REQUEST_COLUMNS: readonly (readonly [zh: string, en: string])[] = [
  ['申请编号', 'request_no'], ['申请人类型', 'applicant_type'], ['申请人', 'applicant'], ['身份证明', 'id_provided'],
  ['联系方式', 'contact_provided'], ['申请内容', 'description'], ['获取方式', 'form_requested'], ['提交方式', 'channel'],
  ['提交日期', 'submitted_on'], ['收到日期', 'received_on'], ['当场答复', 'on_the_spot'],
  ['补正告知日期', 'correction_requested_on'], ['补正收到日期', 'correction_received_on'],
  ['征求意见日期', 'third_party_sent_on'], ['意见回复日期', 'third_party_replied_on'],
  ['延期审批日期', 'extension_approved_on'], ['延期审批人', 'extension_approved_by'], ['延期告知日期', 'extension_notified_on'],
  ['延期工作日', 'extension_workdays'], ['答复日期', 'answered_on'], ['办理结果', 'outcome'], ['不予公开理由', 'refusal_reason'],
  ['收费金额', 'fee'], ['归档日期', 'archived_on'], ['行政复议结果', 'review_result'], ['行政诉讼结果', 'litigation_result'],
];

/** What part 三 and 四 of the annual report are computed from. */
export interface RequestFacts {
  received: number;
  answered: number | null;
  applicantType: string;
  outcome: string | null;
  review: string | null;
  litigation: string | null;
}

const APPLICANT_TYPES = [['自然人', 80], ['商业企业', 11], ['法律服务机构', 4], ['科研机构', 1], ['社会公益组织', 1], ['其他', 3]] as const;
const CHANNELS = [['网络', 55], ['当面', 15], ['挂号信', 12], ['平常信函', 12], ['传真', 6]] as const;
const CONFIRMED_CHANNELS = new Set(['网络', '传真', '平常信函']);
const OUTCOME_WEIGHTS: readonly (readonly [string, number])[] = OUTCOME_LEAVES.map((leaf) => {
  const weight =
    leaf === '予以公开' ? 34
    : leaf === '部分公开' ? 9
    : leaf === '无法提供-本机关不掌握相关政府信息' ? 24
    : leaf === '无法提供-没有现成信息需要另行制作' ? 5
    : leaf === '不予处理-信访举报投诉类申请' ? 5
    : leaf === '不予处理-重复申请' ? 3
    : leaf === '其他处理-申请人逾期不补正' ? 0
    : leaf.startsWith('不予公开') ? 1.2
    : 1;
  return [leaf, weight] as const;
});
const REVIEW_RESULTS = ['维持', '纠正', '其他', '未审结'];
const LITIGATION_RESULTS = ['维持', '纠正', '其他', '未审结', '复议后-维持', '复议后-纠正'];

export async function generateRequests(ctx: GenContext, agency: Agency, count: number, out: CsvWriter): Promise<RequestFacts[]> {
  const { cal, asOf, expected } = ctx;
  const limits = resolveProfile(agency.profile).deadlines;
  const R = RATES.requests;
  const rng = new Rng(ctx.seed, `requests:${agency.code}`);
  const days = new DaySampler(ctx).sorted(rng, count, 0.9);
  const code = agency.code.toUpperCase();
  const seqByYear = new Map<number, number>();
  const facts: RequestFacts[] = [];
  const hit = (rule: string) => expected.add(agency.code, rule);
  const upTo = (day: number | null) => (day !== null && day <= asOf ? day : null);
  const iso = (day: number | null) => (day === null ? null : cal.isoOf(day));
  const yesNo = (b: boolean) => (b ? '是' : '否');

  for (let i = 0; i < count; i++) {
    const channel = rng.weighted(CHANNELS);
    // Letters and visits arrive on working days; online requests any day.
    const submitted = channel === '网络' ? days[i]! : cal.nextWorkday(days[i]!);
    const year = Number(cal.isoOf(submitted).slice(0, 4));
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    const requestNo = `${code}-SQ-${year}-${String(seq).padStart(5, '0')}`;
    const applicantType = rng.weighted(APPLICANT_TYPES);
    const applicant =
      applicantType === '自然人' ? `${rng.pick(SURNAMES)}某某`
      : applicantType === '商业企业' ? company(rng)
      : applicantType === '法律服务机构' ? `${rng.pick(SURNAMES)}某律师事务所`
      : `某${applicantType === '其他' ? '单位' : applicantType}`;
    const topic = rng.pick(REQUEST_TOPICS);
    let description: string | null = `申请公开${year - rng.int(0, 2)}年${agency.dept.topics[rng.int(0, agency.dept.topics.length - 1)]}相关${topic}`;
    const received = CONFIRMED_CHANNELS.has(channel) && rng.chance(R.receiptLate) ? cal.wd(submitted, rng.int(1, 3)) : submitted;
    const onTheSpot = channel === '当面' && rng.chance(0.3);
    let idProvided = true;
    let contactProvided = true;
    const incomplete = !onTheSpot && rng.chance(0.06);
    if (incomplete) idProvided = false;

    let correctionRequested: number | null = null;
    let correctionReceived: number | null = null;
    let sent: number | null = null;
    let replied: number | null = null;
    let approved: number | null = null;
    let approvedBy: string | null = null;
    let notified: number | null = null;
    let extensionWorkdays: number | null = null;
    let answered: number | null = null;
    let outcome: string | null = null;
    let refusal: string | null = null;
    let fee: string | null = null;
    let archived: number | null = null;

    if (onTheSpot) {
      answered = received;
      outcome = rng.chance(0.8) ? '予以公开' : '无法提供-本机关不掌握相关政府信息';
    } else {
      if (incomplete || rng.chance(0.05)) {
        correctionRequested = cal.wd(received, rng.chance(R.correctionLate) ? 8 + rng.lag(3, 0, 15) : rng.int(1, 6));
        if (rng.chance(0.85)) correctionReceived = cal.wd(correctionRequested, rng.int(1, 15));
      }
      const awaiting = correctionRequested !== null && correctionReceived === null;
      const start = correctionReceived ?? received;
      if (awaiting) {
        // The applicant never completed the application: closed as such.
        answered = cal.wd(correctionRequested!, rng.int(15, 25));
        outcome = '其他处理-申请人逾期不补正';
      } else {
        let paused = 0;
        let noReply = false;
        if (rng.chance(0.05)) {
          sent = cal.wd(start, rng.int(2, 10));
          if (rng.chance(0.9)) {
            replied = cal.wd(sent, rng.int(3, 15));
            paused = cal.between(sent, replied);
          } else noReply = true;
        }
        const base = limits.answerWorkdays + paused;
        let limit = base;
        if (!noReply && rng.chance(0.08)) {
          const baseDue = cal.wd(start, base);
          approved = rng.chance(R.extensionLateApproval) ? cal.wd(baseDue, rng.int(1, 5)) : cal.wd(start, rng.int(Math.max(base - 6, 1), base));
          approvedBy = rng.pick(agency.leaders);
          notified = rng.chance(R.extensionNotNotified)
            ? (rng.chance(0.5) ? null : cal.wd(baseDue, rng.int(1, 5)))
            : (() => {
                const next = cal.wd(approved!, 1);
                return next <= baseDue ? next : approved;
              })();
          extensionWorkdays = rng.chance(R.extensionTooLong) ? rng.int(25, 30) : rng.pick([10, 15, 20, 20, 20]);
          limit = base + Math.min(extensionWorkdays, limits.extensionMaxWorkdays);
        }
        if (noReply) answered = cal.wd(sent!, rng.int(5, 20));
        else if (rng.chance(R.answerLate)) answered = cal.wd(start, limit + 1 + rng.lag(4, 0, 20));
        else if (approved !== null) answered = cal.wd(start, rng.int(base - 2, limit));
        else answered = cal.wd(start, rng.lag(11, 1, limit));
        if (rng.chance(R.unanswered)) answered = null;
        outcome = rng.weighted(OUTCOME_WEIGHTS);
      }
    }
    // Processed without the applicant's contact details and without asking for them.
    if (!onTheSpot && correctionRequested === null && rng.chance(R.incomplete)) contactProvided = false;
    if (outcome !== null && (outcome.startsWith('不予公开') || outcome === '部分公开')) {
      refusal = rng.chance(R.refusalReasonMissing) ? null : rng.pick(REFUSAL_REASONS);
    }
    if (rng.chance(R.fee)) fee = rng.pick(['10', '25.5', '50', '120']);
    else if (rng.chance(0.1)) fee = '0';

    // Nothing has happened after the as-of date.
    correctionRequested = upTo(correctionRequested);
    correctionReceived = correctionRequested === null ? null : upTo(correctionReceived);
    sent = upTo(sent);
    replied = sent === null ? null : upTo(replied);
    approved = upTo(approved);
    if (approved === null) approvedBy = extensionWorkdays = notified = null;
    notified = upTo(notified);
    answered = upTo(answered);
    if (answered === null) outcome = refusal = fee = null;
    if (answered !== null && outcome !== null && rng.chance(R.outcomeMissing)) outcome = refusal = null;
    if (answered !== null) {
      archived = rng.chance(R.archiveMissing) ? null : cal.wd(answered, rng.chance(R.archiveLate) ? 21 + rng.lag(8, 0, 60) : rng.int(1, 15));
      archived = upTo(archived);
    }
    if (description !== null && !idProvided && rng.chance(0.1)) description = null;
    const review = answered !== null && rng.chance(0.02) ? rng.pick(REVIEW_RESULTS) : null;
    const litigation = answered !== null && rng.chance(0.01) ? rng.pick(LITIGATION_RESULTS) : null;

    // The findings these values must produce (rules/req/*, over rules/ledgers/requests.ts).
    const awaiting = correctionRequested !== null && correctionReceived === null;
    const start = correctionReceived ?? received;
    const consultEnd = replied ?? answered ?? asOf;
    const paused = sent === null ? 0 : Math.max(cal.between(sent, consultEnd), 0);
    const extension = approved === null ? 0 : Math.min(extensionWorkdays ?? limits.extensionMaxWorkdays, limits.extensionMaxWorkdays);
    const baseDue = cal.wd(start, limits.answerWorkdays + paused);
    const answerDue = cal.wd(start, limits.answerWorkdays + paused + extension);
    const correctionDue = cal.wd(received, limits.correctionNoticeWorkdays);
    const archiveDue = answered === null ? null : cal.wd(answered, limits.archiveWorkdays);
    const runs = !onTheSpot && !awaiting;
    if (runs && answered !== null && answered > answerDue) hit('req/answer-late');
    if (runs && answered === null && asOf > answerDue) hit('req/answer-overdue');
    if (runs && approved === null && answered !== null && answered > baseDue) hit('req/extension-unapproved');
    if (runs && approved !== null && approved > baseDue) hit('req/extension-late-approval');
    if (runs && approved !== null && (notified === null ? asOf > baseDue : notified > baseDue)) hit('req/extension-not-notified');
    if (approved !== null && extensionWorkdays !== null && extensionWorkdays > limits.extensionMaxWorkdays) hit('req/extension-too-long');
    if (correctionRequested !== null && correctionRequested > correctionDue) hit('req/correction-notice-late');
    if (CONFIRMED_CHANNELS.has(channel) && received > submitted) hit('req/receipt-confirmation-late');
    if ((answered !== null || outcome !== null) && correctionRequested === null && (!idProvided || !contactProvided || description === null)) {
      hit('req/application-incomplete');
    }
    if (outcome !== null && (outcome.startsWith('不予公开') || outcome === '部分公开') && refusal === null) hit('req/refusal-reason-missing');
    if (answered !== null && outcome === null) hit('req/outcome-missing');
    if (fee !== null && Number(fee) > 0) hit('req/fee-charged');
    if (archiveDue !== null && (archived === null ? asOf > archiveDue : archived > archiveDue)) hit('req/not-archived');

    facts.push({ received, answered, applicantType, outcome, review, litigation });
    await out.row([
      requestNo, applicantType, applicant, yesNo(idProvided), yesNo(contactProvided), description,
      rng.pick(['电子邮件', '纸质', '电子数据', '邮寄']), channel, iso(submitted), iso(received), yesNo(onTheSpot),
      iso(correctionRequested), iso(correctionReceived), iso(sent), iso(replied), iso(approved), approvedBy, iso(notified),
      extensionWorkdays, iso(answered), outcome, refusal, fee, iso(archived), review, litigation,
    ]);
  }
  return facts;
}
