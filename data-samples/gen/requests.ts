// Wujiang's request register (依申请公开登记台账), 2023-01 … 2026-03. Ordinary rows take a lawful path
// (answered within 20 working days, a correction restarting the period, a consultation pausing it, an
// approved and notified extension); planted rows break one limit each, on purpose.
import { addDays } from './calendar.ts';
import type { AgencyContext } from './documents.ts';
import { APPLICANT_TYPES } from './figures.ts';
import { emptyRequest, type RequestRow } from './model.ts';
import { Rng } from './random.ts';
import { company, maskedPerson } from './vocab.ts';

const A = 'wujiang-yjj' as const;
const EXTENSION_APPROVER = '陆卫东';

interface Topic {
  description: (rng: Rng, ctx: AgencyContext, year: string) => string;
  section: string;
  outcomes: readonly (readonly [string, number])[];
  /** Share of requests on this topic that need a third party's view (商业秘密, 个人隐私). */
  thirdParty: number;
}

const REASONS: Record<string, string> = {
  部分公开: '部分内容涉及第三方商业秘密和个人隐私，已作区分处理',
  '不予公开-属于国家秘密': '所申请信息经定密属于国家秘密',
  '不予公开-其他法律行政法规禁止公开': '依据《中华人民共和国安全生产法》相关规定不得公开',
  '不予公开-危及三安全一稳定': '公开后可能危及公共安全',
  '不予公开-保护第三方合法权益': '涉及第三方商业秘密，经书面征求意见，第三方不同意公开',
  '不予公开-属于三类内部事务信息': '属于机关内部事务信息（条例第十六条第一款）',
  '不予公开-属于四类过程性信息': '属于过程性信息（条例第十六条第二款）',
  '不予公开-属于行政执法案卷': '属于行政执法案卷信息（条例第十六条第二款）',
  '不予公开-属于行政查询事项': '属于行政查询事项，已告知查询渠道（条例第三十六条第六项）',
};

const town = (rng: Rng, ctx: AgencyContext) => rng.pick(ctx.place.streets);

const TOPICS: readonly Topic[] = [
  {
    description: (rng, ctx) => `申请公开${company(rng, ctx.place)}的行政处罚决定书`,
    section: '执法大队',
    outcomes: [['予以公开', 7], ['部分公开', 2], ['无法提供-本机关不掌握相关政府信息', 1]],
    thirdParty: 0.05,
  },
  {
    description: (rng, ctx, year) => `申请公开${year}年${town(rng, ctx)}一起生产安全事故的调查报告`,
    section: '执法大队',
    outcomes: [['予以公开', 4], ['部分公开', 3], ['无法提供-本机关不掌握相关政府信息', 1]],
    thirdParty: 0.1,
  },
  {
    description: (rng, ctx) => `申请公开${company(rng, ctx.place)}安全评价报告及备案材料`,
    section: '危险化学品监管科',
    outcomes: [['不予公开-保护第三方合法权益', 3], ['部分公开', 2], ['无法提供-本机关不掌握相关政府信息', 2]],
    thirdParty: 0.5,
  },
  {
    description: (rng, ctx) => `申请获取${town(rng, ctx)}危险化学品生产经营企业名单`,
    section: '危险化学品监管科',
    outcomes: [['予以公开', 5], ['无法提供-没有现成信息需要另行制作', 3]],
    thirdParty: 0,
  },
  {
    description: (_rng, _ctx, year) => `申请公开${year}年度防汛抢险物资采购合同`,
    section: '防汛防旱办公室',
    outcomes: [['予以公开', 3], ['部分公开', 3]],
    thirdParty: 0.3,
  },
  {
    description: (rng, ctx) => `反映${company(rng, ctx.place)}存在安全隐患，要求查处并公开处理结果`,
    section: '执法大队',
    outcomes: [['不予处理-信访举报投诉类申请', 5], ['予以公开', 1]],
    thirdParty: 0,
  },
  {
    description: (_rng, _ctx, year) => `申请公开区应急管理局${year}年局长办公会议纪要`,
    section: '办公室',
    outcomes: [['不予公开-属于三类内部事务信息', 2], ['不予公开-属于四类过程性信息', 3]],
    thirdParty: 0,
  },
  {
    description: (rng, ctx) => `申请公开${company(rng, ctx.place)}近三年安全生产检查记录`,
    section: '执法大队',
    outcomes: [['部分公开', 3], ['不予公开-属于行政执法案卷', 3], ['予以公开', 2]],
    thirdParty: 0.15,
  },
  {
    description: (rng, ctx) => `申请公开${town(rng, ctx)}农村自建房安全鉴定报告`,
    section: '综合减灾科',
    outcomes: [['无法提供-本机关不掌握相关政府信息', 6], ['予以公开', 1]],
    thirdParty: 0,
  },
  {
    description: (rng, ctx) => `申请公开${town(rng, ctx)}应急避难场所名录及容量`,
    section: '综合减灾科',
    outcomes: [['予以公开', 6], ['无法提供-没有现成信息需要另行制作', 1]],
    thirdParty: 0,
  },
  {
    description: (rng, ctx) => `再次申请公开${company(rng, ctx.place)}行政处罚相关材料`,
    section: '执法大队',
    outcomes: [['不予处理-重复申请', 4], ['不予处理-要求行政机关确认或重新出具已获取信息', 1]],
    thirdParty: 0,
  },
  {
    description: () => '申请提供《中华人民共和国安全生产法》释义及配套汇编',
    section: '法宣科',
    outcomes: [['不予处理-要求提供公开出版物', 1]],
    thirdParty: 0,
  },
  {
    description: (rng, ctx) => `查询${company(rng, ctx.place)}安全生产许可证状态`,
    section: '危险化学品监管科',
    outcomes: [['不予公开-属于行政查询事项', 2], ['予以公开', 1]],
    thirdParty: 0,
  },
  {
    description: (rng, ctx) => `申请公开${town(rng, ctx)}工业园区消防和安全生产检查情况`,
    section: '安全生产基础科',
    outcomes: [['予以公开', 3], ['无法提供-本机关不掌握相关政府信息', 2], ['其他处理-其他', 1]],
    thirdParty: 0,
  },
];

function applicant(rng: Rng, type: string): string {
  switch (type) {
    case '自然人':
      return maskedPerson(rng);
    case '商业企业':
      return `苏州某某${rng.pick(['纺织', '化工', '物流', '机械', '电子'])}有限公司`;
    case '法律服务机构':
      return '江苏某某律师事务所';
    case '社会公益组织':
      return '吴江区某某公益服务中心';
    case '科研机构':
      return '某某大学安全工程研究所';
    default:
      return `${rng.pick(['某某村民委员会', '某某小区业主委员会'])}`;
  }
}

const CHANNELS = [['网络', 50], ['当面', 14], ['挂号信', 14], ['平常信函', 9], ['传真', 4]] as const;
const FORMS = [['电子邮件', 5], ['纸质', 3], ['邮寄', 2], ['网上获取', 1], ['光盘', 1]] as const;

/** A lawful request received in the given month, or null when its dates leave the as-of date. */
function ordinaryRequest(ctx: AgencyContext, rng: Rng, year: number, month: number): RequestRow {
  const { cal, asOf } = ctx;
  const m = String(month).padStart(2, '0');
  const days: string[] = [];
  for (let d = `${year}-${m}-01`; d.slice(0, 7) === `${year}-${m}` && d <= '2026-03-27'; d = addDays(d, 1)) days.push(d);
  const workdays = days.filter((d) => cal.isWorkday(d));
  const type = rng.weighted([['自然人', 70], ['商业企业', 14], ['法律服务机构', 8], ['其他', 4], ['社会公益组织', 2], ['科研机构', 2]] as const);
  const topic = rng.pick(TOPICS);
  const channel = rng.weighted(CHANNELS);
  // Online requests come any day (the system confirms at once); letters are signed for on workdays.
  const submitted = channel === '网络' ? rng.pick(days) : rng.pick(workdays);
  const received = channel === '挂号信' ? cal.wd(submitted, rng.int(1, 3)) : submitted;
  const r = emptyRequest({
    channel,
    submitted_on: submitted,
    received_on: received,
    applicant_type: type,
    applicant: applicant(rng, type),
    description: topic.description(rng, ctx, String(year)),
    form_requested: rng.weighted(FORMS),
    section: topic.section,
  });
  let outcome = rng.weighted(topic.outcomes);
  const path = rng.weighted([
    ['normal', 80],
    ['spot', channel === '当面' ? 30 : 0],
    ['correction', 8],
    ['third-party', topic.thirdParty * 60],
    ['extension', 5],
  ] as const);
  if (path === 'spot') {
    r.on_the_spot = true;
    r.answered_on = received;
    outcome = '予以公开';
  } else if (path === 'correction') {
    r.id_provided = rng.chance(0.5) ? false : true;
    r.correction_requested_on = cal.wd(received, rng.int(1, 6));
    if (rng.chance(0.75)) {
      r.correction_received_on = cal.wd(r.correction_requested_on, rng.int(2, 10));
      r.answered_on = cal.wd(r.correction_received_on, rng.int(4, 18));
    } else {
      // Never corrected: the office closes it as withdrawn (第三十条), within 20 working days of
      // receipt (req/extension-unapproved does not wait for a correction that never came).
      r.answered_on = cal.wd(received, rng.int(cal.between(received, r.correction_requested_on) + 5, 20));
      outcome = '其他处理-申请人逾期不补正';
    }
  } else if (path === 'third-party') {
    r.third_party_sent_on = cal.wd(received, rng.int(2, 6));
    r.third_party_replied_on = cal.wd(r.third_party_sent_on, rng.int(5, 15));
    // At most 20 − (days before the letter) after the reply: within wd(received, 20 + paused).
    r.answered_on = cal.wd(r.third_party_replied_on, rng.int(1, 14));
  } else if (path === 'extension') {
    r.extension_approved_on = cal.wd(received, rng.int(15, 19));
    r.extension_approved_by = EXTENSION_APPROVER;
    r.extension_notified_on = rng.chance(0.6) ? r.extension_approved_on : cal.wd(r.extension_approved_on, 1);
    r.extension_workdays = rng.pick([10, 15, 20]);
    r.answered_on = cal.wd(received, 20 + rng.int(1, r.extension_workdays));
  } else {
    r.answered_on = cal.wd(received, rng.weighted([[3, 1], [5, 2], [8, 3], [10, 3], [12, 3], [15, 3], [17, 2], [19, 2], [20, 1]] as const));
  }
  r.outcome = outcome;
  if (REASONS[outcome]) r.refusal_reason = REASONS[outcome]!;
  r.archived_on = cal.wd(r.answered_on!, rng.int(1, 15));
  r.fee = rng.chance(0.15) ? 0 : null;
  if (rng.chance(0.04)) r.review_result = rng.pick(['维持', '维持', '纠正', '其他']);
  if (rng.chance(0.015)) r.litigation_result = rng.pick(['维持', '复议后-维持']);
  return cutAtAsOf(r, asOf);
}

/** What the register shows at the as-of date: later events have not happened yet. */
export function cutAtAsOf(r: RequestRow, asOf: string): RequestRow {
  const after = (d: string | null) => d !== null && d > asOf;
  if (after(r.correction_requested_on)) r.correction_requested_on = null;
  if (!r.correction_requested_on || after(r.correction_received_on)) r.correction_received_on = null;
  if (after(r.third_party_sent_on)) r.third_party_sent_on = null;
  if (!r.third_party_sent_on || after(r.third_party_replied_on)) r.third_party_replied_on = null;
  if (after(r.extension_approved_on)) {
    r.extension_approved_on = null;
    r.extension_approved_by = null;
    r.extension_workdays = null;
  }
  if (!r.extension_approved_on || after(r.extension_notified_on)) r.extension_notified_on = null;
  if (after(r.answered_on)) r.answered_on = null;
  if (!r.answered_on) {
    r.outcome = null;
    r.refusal_reason = null;
    r.fee = null;
    r.review_result = null;
    r.litigation_result = null;
  }
  if (!r.answered_on || after(r.archived_on)) r.archived_on = null;
  return r;
}

const RATE: Record<number, number> = { 2023: 3.8, 2024: 5, 2025: 4.6, 2026: 4 };

export function buildRequests(ctx: AgencyContext): RequestRow[] {
  const rng = new Rng(`${ctx.code}:requests`);
  const rows: RequestRow[] = [];
  for (let year = 2023; year <= 2026; year++) {
    for (let month = 1; month <= (year === 2026 ? 3 : 12); month++) {
      for (let i = rng.count(RATE[year]!); i > 0; i--) rows.push(ordinaryRequest(ctx, rng, year, month));
    }
  }
  rows.push(...plantRequests(ctx));
  // Registration numbers in the order received, per year.
  const ordered = rows.map((r, i) => ({ r, i })).sort((a, b) => (a.r.received_on < b.r.received_on ? -1 : a.r.received_on > b.r.received_on ? 1 : a.i - b.i));
  const seq = new Map<string, number>();
  for (const { r } of ordered) {
    const year = r.received_on.slice(0, 4);
    const n = (seq.get(year) ?? 0) + 1;
    seq.set(year, n);
    r.request_no = `WJ-YSQ-${year}-${String(n).padStart(3, '0')}`;
  }
  for (const r of rows) if (!(APPLICANT_TYPES as readonly string[]).includes(r.applicant_type)) throw new Error(`bad applicant type ${r.applicant_type}`);
  return ordered.map(({ r }) => r);
}

function plantRequests(ctx: AgencyContext): RequestRow[] {
  const { cal, plants, asOf } = ctx;
  const rows: RequestRow[] = [];
  const key = (r: RequestRow) => () => r.request_no;
  const late = (r: RequestRow, rule: string, from: string, n: number, actual: string | null, why: string, note?: string) =>
    plants.late(A, 'requests', rule, key(r), from, n, actual, why, note);
  // Planted rows that do not name their own content take the next of these.
  const contents = [
    ['申请公开{town}工业园区安全生产检查情况', '安全生产基础科'],
    ['申请公开{town}危险化学品生产经营企业名单', '危险化学品监管科'],
    ['申请公开{year}年度区级防汛抢险物资储备清单', '防汛防旱办公室'],
    ['申请公开{town}应急避难场所名录', '综合减灾科'],
    ['申请公开某企业{year}年度行政处罚决定书', '执法大队'],
    ['申请公开{town}燃气安全隐患排查整治情况', '安全生产基础科'],
  ] as const;
  const people = ['张某某', '王某', '李某某', '陈某', '刘某某', '周某', '徐某某', '沈某'];
  let next = 0;
  const req = (fields: Partial<RequestRow> & Pick<RequestRow, 'received_on' | 'channel'>): RequestRow => {
    const [content, section] = contents[next % contents.length]!;
    const applicantName = people[next % people.length]!;
    next++;
    const r = emptyRequest({
      applicant: applicantName,
      description: content.replace('{town}', ctx.place.streets[next % ctx.place.streets.length]!).replace('{year}', fields.received_on.slice(0, 4)),
      section,
      outcome: fields.answered_on ? '予以公开' : null,
      ...fields,
    });
    if (r.answered_on && r.archived_on === null && fields.archived_on === undefined) r.archived_on = cal.wd(r.answered_on, 5);
    if (r.archived_on && r.archived_on > asOf) r.archived_on = null;
    rows.push(r);
    return r;
  };

  // ── req/answer-late (and, with no extension, req/extension-unapproved) ──────────────────────────
  {
    const received = '2024-09-25';
    const due = cal.wd(received, 20);
    const answered = cal.wd(due, 3);
    const r = req({ channel: '网络', received_on: received, answered_on: answered, description: '申请公开2024年某化工企业火灾事故调查报告', section: '执法大队', outcome: '部分公开', refusal_reason: REASONS['部分公开']! });
    late(r, 'req/answer-late', received, 20, answered, '跨国庆假期，超出20个工作日3天答复（条例第三十三条）');
    late(r, 'req/extension-unapproved', received, 20, answered, '超过20个工作日答复且无延期审批');
  }
  {
    // 2025-09-28 (Sunday) is a makeup workday: it is the 20th working day, so 9月29日 is late.
    const r = req({ channel: '当面', received_on: '2025-09-01', answered_on: '2025-09-29', applicant_type: '商业企业', applicant: '苏州某某物流有限公司' });
    late(r, 'req/answer-late', '2025-09-01', 20, '2025-09-29', '第20个工作日是9月28日（星期日调休上班），9月29日答复迟1天；只算周末则不超期');
    late(r, 'req/extension-unapproved', '2025-09-01', 20, '2025-09-29', '超过20个工作日且未延期');
  }
  {
    // Extended by 10 and still late: only answer-late.
    const received = '2025-03-03';
    const answered = cal.wd(received, 32);
    const r = req({
      channel: '网络',
      received_on: received,
      extension_approved_on: cal.wd(received, 18),
      extension_approved_by: EXTENSION_APPROVER,
      extension_notified_on: cal.wd(received, 18),
      extension_workdays: 10,
      answered_on: answered,
      description: '申请公开2024年度全区危险化学品企业安全检查汇总表',
      section: '危险化学品监管科',
    });
    late(r, 'req/answer-late', received, 30, answered, '经批准延期10个工作日后仍迟2个工作日答复', '20 + extension 10');
  }
  {
    // The correction restarts the period, and the answer still comes late.
    const received = '2024-11-04';
    const cr = cal.wd(received, 3);
    const cc = cal.wd(received, 8);
    const answered = cal.wd(cc, 23);
    const r = req({ channel: '平常信函', received_on: received, correction_requested_on: cr, correction_received_on: cc, answered_on: answered, description: '申请公开某企业安全生产相关材料' });
    late(r, 'req/answer-late', cc, 20, answered, '补正后重新起算20个工作日，仍迟3个工作日（第三十条）', 'start = correction received');
    late(r, 'req/extension-unapproved', cc, 20, answered, '补正后起算超过20个工作日且未延期', 'start = correction received');
  }

  // ── req/answer-overdue ──────────────────────────────────────────────────────────────────────────
  {
    const r = req({ channel: '网络', received_on: '2026-01-26', description: '申请公开2025年吴江区生产安全事故统计数据', section: '办公室' });
    late(r, 'req/answer-overdue', '2026-01-26', 20, null, '跨2026年春节（含2月14日、2月28日调休），至3月31日未答复');
  }
  {
    const r = req({ channel: '挂号信', submitted_on: '2026-01-30', received_on: '2026-02-03', applicant_type: '法律服务机构', applicant: '江苏某某律师事务所', description: '申请公开某企业2025年行政处罚案件的处罚决定书', section: '执法大队' });
    late(r, 'req/answer-overdue', '2026-02-03', 20, null, '挂号信2月3日签收，至3月31日未答复');
  }
  {
    const r = req({ channel: '传真', received_on: '2025-12-08', description: '申请公开2025年度安全生产专项资金使用情况', section: '办公室' });
    late(r, 'req/answer-overdue', '2025-12-08', 20, null, '2025年12月收到，跨元旦假期，至今未答复（计入2025年“结转下年度”）');
  }

  // ── extensions ─────────────────────────────────────────────────────────────────────────────────
  {
    // Approved two working days after the original deadline, notified the same day.
    const received = '2024-12-02';
    const base = cal.wd(received, 20);
    const approved = cal.wd(base, 2);
    const r = req({
      channel: '网络',
      received_on: received,
      extension_approved_on: approved,
      extension_approved_by: EXTENSION_APPROVER,
      extension_notified_on: approved,
      extension_workdays: 15,
      answered_on: cal.wd(received, 33),
      section: '执法大队',
      description: '申请公开某企业安全生产标准化评审材料',
    });
    late(r, 'req/extension-late-approval', received, 20, approved, '原期限届满（跨元旦）后第2个工作日才审批延期');
    late(r, 'req/extension-not-notified', received, 20, approved, '延期告知同样晚于原期限');
  }
  {
    // The original deadline is 2025-10-11, a makeup Saturday after National Day; approved on Monday.
    const received = '2025-09-08';
    const approved = '2025-10-13';
    const r = req({
      channel: '网络',
      received_on: received,
      extension_approved_on: approved,
      extension_approved_by: EXTENSION_APPROVER,
      extension_notified_on: approved,
      extension_workdays: 20,
      answered_on: cal.wd(received, 35),
      applicant_type: '商业企业',
      applicant: '苏州某某纺织有限公司',
      description: '申请公开2025年本镇印染企业安全生产检查结果',
      section: '执法大队',
    });
    late(r, 'req/extension-late-approval', received, 20, approved, '原期限为10月11日（星期六调休上班），10月13日才审批延期；只算周末会算成迟5个工作日');
    late(r, 'req/extension-not-notified', received, 20, approved, '延期告知同日发出，同样晚于原期限');
  }
  {
    const received = '2025-05-12';
    const r = req({
      channel: '当面',
      received_on: received,
      extension_approved_on: cal.wd(received, 18),
      extension_approved_by: EXTENSION_APPROVER,
      extension_notified_on: null,
      extension_workdays: 20,
      answered_on: cal.wd(received, 30),
      description: '申请公开某街道燃气安全隐患排查整治台账',
    });
    plants.flag(A, 'requests', 'req/extension-not-notified', key(r), '延期已审批但从未告知申请人', { due: cal.wd(received, 20) });
  }
  {
    const received = '2024-03-11';
    const notified = cal.wd(received, 22);
    const r = req({
      channel: '网络',
      received_on: received,
      extension_approved_on: cal.wd(received, 19),
      extension_approved_by: EXTENSION_APPROVER,
      extension_notified_on: notified,
      extension_workdays: 10,
      answered_on: cal.wd(received, 28),
      description: '申请公开2023年度防汛物资储备清单',
      section: '防汛防旱办公室',
    });
    late(r, 'req/extension-not-notified', received, 20, notified, '延期按时审批，但原期限过后2个工作日才告知');
  }
  {
    const received = '2025-06-09';
    const r = req({
      channel: '挂号信',
      submitted_on: '2025-06-05',
      received_on: received,
      extension_approved_on: cal.wd(received, 17),
      extension_approved_by: EXTENSION_APPROVER,
      extension_notified_on: cal.wd(received, 17),
      extension_workdays: 30,
      answered_on: cal.wd(received, 38),
      applicant_type: '科研机构',
      applicant: '某某大学安全工程研究所',
      description: '申请公开2020年以来全区工贸企业事故统计分析材料',
      outcome: '无法提供-没有现成信息需要另行制作',
    });
    plants.flag(A, 'requests', 'req/extension-too-long', key(r), '批准延期30个工作日，超过法定上限20个工作日');
  }

  // ── req/correction-notice-late ──────────────────────────────────────────────────────────────────
  {
    const received = '2025-09-24';
    const cr = '2025-10-13';
    const cc = cal.wd(cr, 4);
    const r = req({ channel: '网络', received_on: received, correction_requested_on: cr, correction_received_on: cc, answered_on: cal.wd(cc, 12), description: '申请公开有关企业的检查材料' });
    late(r, 'req/correction-notice-late', received, 7, cr, '补正告知应在7个工作日内（10月10日）发出，国庆后10月13日才发（含10月11日调休）；只算周末会算成迟6个');
  }
  {
    const received = '2024-01-29';
    const cr = '2024-02-07';
    const cc = cal.wd(cr, 3);
    const r = req({ channel: '网络', received_on: received, correction_requested_on: cr, correction_received_on: cc, answered_on: cal.wd(cc, 10), description: '申请公开相关文件', applicant: '李某' });
    late(r, 'req/correction-notice-late', received, 7, cr, '2月4日（星期日）调休上班，第7个工作日是2月6日，2月7日告知迟1天；只算周末则不超期');
  }

  // ── req/receipt-confirmation-late ──────────────────────────────────────────────────────────────
  {
    const r = req({ channel: '网络', submitted_on: '2025-09-30', received_on: '2025-10-09', answered_on: cal.wd('2025-10-09', 12), description: '申请公开2025年汛期防汛抢险队伍名单' });
    late(r, 'req/receipt-confirmation-late', '2025-09-30', 0, '2025-10-09', '网上申请9月30日提交，国庆中秋假期后10月9日才确认（晚1个工作日，只算周末会算成7个）', 'confirmed the day it arrived');
  }
  {
    const r = req({ channel: '传真', submitted_on: '2024-05-10', received_on: '2024-05-13', answered_on: cal.wd('2024-05-13', 9), applicant_type: '商业企业', applicant: '苏州某某化工有限公司', description: '申请公开本企业2023年度安全检查记录' });
    late(r, 'req/receipt-confirmation-late', '2024-05-10', 0, '2024-05-13', '周五收到传真，下周一才确认；5月11日（星期六）调休上班，晚2个工作日', 'confirmed the day it arrived');
  }

  // ── req/application-incomplete ─────────────────────────────────────────────────────────────────
  {
    const r = req({ channel: '网络', received_on: '2024-07-08', id_provided: false, answered_on: cal.wd('2024-07-08', 10) });
    plants.flag(A, 'requests', 'req/application-incomplete', key(r), '申请缺身份证明，未发补正告知即办理（吴江第十七条）');
  }
  {
    const r = req({ channel: '平常信函', received_on: '2025-02-24', description: null, answered_on: cal.wd('2025-02-24', 11), outcome: '无法提供-本机关不掌握相关政府信息' });
    plants.flag(A, 'requests', 'req/application-incomplete', key(r), '申请内容为空，未补正即答复');
  }

  // ── req/refusal-reason-missing ─────────────────────────────────────────────────────────────────
  {
    const r = req({ channel: '网络', received_on: '2024-04-15', answered_on: cal.wd('2024-04-15', 14), outcome: '部分公开', refusal_reason: null, description: '申请公开某企业事故调查报告全文' });
    plants.flag(A, 'requests', 'req/refusal-reason-missing', key(r), '部分公开未说明不公开部分的理由（第三十七条）');
  }
  {
    const r = req({ channel: '当面', received_on: '2025-11-05', answered_on: cal.wd('2025-11-05', 16), outcome: '不予公开-属于行政执法案卷', refusal_reason: null, description: '申请公开某企业行政处罚案卷全部材料', section: '执法大队' });
    plants.flag(A, 'requests', 'req/refusal-reason-missing', key(r), '不予公开而未说明理由');
  }

  // ── req/outcome-missing (answered in 2026, so no report year is disturbed) ──────────────────────
  {
    const r = req({ channel: '网络', received_on: '2026-02-02', answered_on: '2026-02-26', outcome: null, description: '申请公开2025年度应急演练计划' });
    plants.flag(A, 'requests', 'req/outcome-missing', key(r), '已答复但未登记办理结果');
  }

  // ── req/fee-charged (吴江第二十三条: no fee) ───────────────────────────────────────────────────
  {
    const r = req({ channel: '当面', received_on: '2025-04-14', answered_on: cal.wd('2025-04-14', 6), fee: 35, form_requested: '纸质', description: '申请复印2024年全区生产安全事故调查报告汇编' });
    plants.flag(A, 'requests', 'req/fee-charged', key(r), '收取复印费35元（吴江规定依申请提供信息不得收费）');
  }

  // ── req/not-archived ───────────────────────────────────────────────────────────────────────────
  {
    const answered = '2025-06-20';
    const archived = cal.wd(answered, 25);
    const r = req({ channel: '网络', received_on: '2025-06-03', answered_on: answered, archived_on: archived });
    late(r, 'req/not-archived', answered, 20, archived, '答复后第25个工作日才归档（限20个工作日）');
  }
  {
    const answered = '2025-12-15';
    const r = req({ channel: '网络', received_on: '2025-11-24', answered_on: answered, archived_on: null });
    late(r, 'req/not-archived', answered, 20, null, '2025年12月答复，至检查日未归档');
  }

  // ── clean edge cases ───────────────────────────────────────────────────────────────────────────
  {
    const received = '2025-09-19';
    const answered = cal.wd(received, 20);
    const r = req({ channel: '当面', received_on: received, answered_on: answered });
    plants.clean(A, 'requests', key(r), `恰在第20个工作日（${answered}）答复，跨国庆中秋假期`, ['req/answer-late', 'req/extension-unapproved'], `只算周末：期限为 ${cal.wdWeekendsOnly(received, 20)}，会误判超期`);
  }
  {
    const received = '2025-05-06';
    const cr = cal.wd(received, 4);
    const cc = cal.wd(received, 10);
    const answered = cal.wd(cc, 18);
    const r = req({ channel: '网络', received_on: received, correction_requested_on: cr, correction_received_on: cc, answered_on: answered });
    plants.clean(A, 'requests', key(r), `补正收到（${cc}）后重新起算：${answered} 答复虽已超出收到后20个工作日，仍在期限内`, ['req/answer-late', 'req/extension-unapproved', 'req/correction-notice-late']);
  }
  {
    const received = '2024-06-03';
    const sent = cal.wd(received, 5);
    const replied = cal.wd(sent, 12);
    const answered = cal.wd(received, 28);
    const r = req({
      channel: '网络',
      received_on: received,
      third_party_sent_on: sent,
      third_party_replied_on: replied,
      answered_on: answered,
      outcome: '不予公开-保护第三方合法权益',
      refusal_reason: REASONS['不予公开-保护第三方合法权益']!,
      description: '申请公开某企业安全评价报告',
      section: '危险化学品监管科',
    });
    plants.clean(A, 'requests', key(r), `征求第三方意见 ${sent}—${replied}（12个工作日）不计入：期限顺延至 ${cal.wd(received, 32)}`, ['req/answer-late', 'req/extension-unapproved']);
  }
  {
    const received = '2024-11-11';
    const r = req({
      channel: '网络',
      received_on: received,
      extension_approved_on: cal.wd(received, 18),
      extension_approved_by: EXTENSION_APPROVER,
      extension_notified_on: cal.wd(received, 18),
      extension_workdays: 15,
      answered_on: cal.wd(received, 30),
    });
    plants.clean(A, 'requests', key(r), '原期限内经分管领导批准并告知延期15个工作日，在延长期内答复', [
      'req/answer-late',
      'req/extension-unapproved',
      'req/extension-late-approval',
      'req/extension-not-notified',
      'req/extension-too-long',
    ]);
  }
  {
    const r = req({ channel: '当面', received_on: '2025-03-18', on_the_spot: true, answered_on: '2025-03-18', description: '咨询如何查阅区应急管理局政府信息公开指南' });
    plants.clean(A, 'requests', key(r), '当场答复：无答复期限', ['req/answer-late', 'req/answer-overdue', 'req/extension-unapproved']);
  }
  {
    const received = '2025-10-03';
    const answered = cal.wd(received, 20);
    const r = req({ channel: '网络', submitted_on: received, received_on: received, answered_on: answered });
    plants.clean(A, 'requests', key(r), `国庆假期内网上提交并即时确认：自假期后第一个工作日起算，第20个工作日为 ${answered}`, ['req/answer-late', 'req/receipt-confirmation-late', 'req/extension-unapproved'], `只算周末：期限为 ${cal.wdWeekendsOnly(received, 20)}，会误判超期`);
  }
  {
    const r = req({ channel: '网络', received_on: '2026-03-18', description: '申请公开2026年度安全生产监督检查计划' });
    plants.clean(A, 'requests', key(r), `尚未答复，期限 ${cal.wd('2026-03-18', 20)} 未到`, ['req/answer-overdue']);
  }
  {
    const received = '2026-01-12';
    const r = req({ channel: '网络', received_on: received, id_provided: false, correction_requested_on: cal.wd(received, 3), description: '申请公开相关信息' });
    plants.clean(A, 'requests', key(r), '已发补正告知、申请人未补正：期间中止，不算逾期', ['req/answer-overdue', 'req/application-incomplete']);
  }
  {
    const received = '2026-02-02';
    const r = req({ channel: '网络', received_on: received, third_party_sent_on: '2026-02-10', description: '申请公开某企业危险化学品储存量', section: '危险化学品监管科' });
    plants.clean(A, 'requests', key(r), '2月10日书面征求第三方意见，尚未回复：征求意见期间不计算（按 rule-semantics 的约定计至检查日）', ['req/answer-overdue']);
  }
  {
    const r = req({ channel: '网络', received_on: '2026-03-02', answered_on: '2026-03-20', archived_on: null });
    plants.clean(A, 'requests', key(r), `3月20日答复，尚未归档；归档期限 ${cal.wd('2026-03-20', 20)} 未到`, ['req/not-archived']);
  }
  {
    const received = '2025-02-17';
    const cr = cal.wd(received, 2);
    const cc = cal.wd(cr, 3);
    const r = req({ channel: '网络', received_on: received, id_provided: false, correction_requested_on: cr, correction_received_on: cc, answered_on: cal.wd(cc, 10) });
    plants.clean(A, 'requests', key(r), '缺身份证明，已发补正告知并收到补正后办理', ['req/application-incomplete', 'req/answer-late']);
  }
  {
    const r = req({ channel: '挂号信', submitted_on: '2025-01-24', received_on: '2025-02-05', answered_on: cal.wd('2025-02-05', 15) });
    plants.clean(A, 'requests', key(r), '挂号信春节前寄出、节后签收：以签收日为收到日，不适用当日确认', ['req/receipt-confirmation-late', 'req/answer-late']);
  }
  {
    const answered = '2024-09-10';
    const r = req({ channel: '网络', received_on: '2024-08-26', answered_on: answered, archived_on: cal.wd(answered, 20) });
    plants.clean(A, 'requests', key(r), `恰在答复后第20个工作日（${cal.wd(answered, 20)}）归档，跨中秋、国庆假期`, ['req/not-archived'], `只算周末：期限为 ${cal.wdWeekendsOnly(answered, 20)}，会误判超期`);
  }
  {
    const r = req({ channel: '当面', received_on: '2024-10-21', answered_on: cal.wd('2024-10-21', 7), fee: 0, form_requested: '纸质' });
    plants.clean(A, 'requests', key(r), '收费金额登记为0', ['req/fee-charged']);
  }
  return rows;
}
