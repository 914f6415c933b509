// 上海市普陀区应急管理局 (putuo-yjj, profile shanghai-putuo): documents ledger and portal/WeChat
// publications, 2024-01 … 2026-03. Its own rules (第九条) give a section 15 working days to send new
// information to the office and the office 5 more to publish it; leaders approve what is released (第三条).
import type { WorkCalendar } from './calendar.ts';
import {
  cleanTimeline,
  finishDocuments,
  finishPublications,
  ordinaryDocuments,
  plantedDocument,
  portalItemsForDocuments,
  portalPub,
  type AgencyContext,
  type Draft,
  type PublicationDraft,
} from './documents.ts';
import type { DocumentRow } from './model.ts';
import type { PlantBook } from './plants.ts';
import { Rng } from './random.ts';
import type { AgencySample } from './reference-check.ts';
import { PUTUO } from './vocab.ts';
import { wechatPosts, wechatPub } from './wechat.ts';

const A = 'putuo-yjj' as const;

export function putuoContext(cal: WorkCalendar, asOf: string, plants: PlantBook): AgencyContext {
  return {
    code: A,
    place: PUTUO,
    cal,
    asOf,
    plants,
    keyPrefix: 'PTYJ',
    docPrefixes: { main: '普应急', penalty: '普应急罚', letter: '普应急函' },
    orgCode: '11310107MB2F30871X',
    portalBase: 'https://www.shpt.gov.cn/yjj',
    hasSubmission: true,
    sections: {
      office: '办公室',
      legal: '管理培训科',
      emergency: '应急管理科',
      safety: '安全生产监督管理科',
      chemicals: '危险化学品监管科',
      flood: '防汛防台办公室',
      disaster: '综合减灾科',
      enforcement: '执法大队',
    },
    // Putuo's own rules (第八、十条) say 免于公开; most of its rows do too.
    withheldText: (rng) => (rng.chance(0.7) ? '免于公开' : '不予公开'),
    firstMonth: '2024-01',
    lastFormed: '2026-03-27',
  };
}

export function buildPutuo(cal: WorkCalendar, asOf: string, plants: PlantBook): AgencySample {
  const ctx = putuoContext(cal, asOf, plants);
  // The 2026 inspection plan is planted below (formed late, not yet due); the ordinary one is dropped.
  const drafts = ordinaryDocuments(ctx, 1).filter((d) => !(d.doc.title.includes('2026年度安全生产监督检查计划')));
  drafts.push(...normativeDocuments(ctx));
  const plantedDocs = plantDocuments(ctx);
  drafts.push(...plantedDocs.drafts);
  const documents = finishDocuments(ctx, drafts);

  const pubDrafts: PublicationDraft[] = [
    ...portalItemsForDocuments(ctx, drafts),
    ...wechatPosts(ctx, drafts, {
      drafters: ['孙悦', '蒋文斌', '何琳'],
      reviewers: ['陈静', '周磊'],
      signer: '李国强',
      missingSignerRate: 0.08,
      sources: ['中华人民共和国应急管理部', '上海市应急管理局', '上海市人民政府', '新华社', '人民日报', '中国政府网'],
      first: '2024-01-02',
      last: '2026-03-30',
    }),
    ...plantPublications(ctx, plantedDocs.wechatFirst),
  ];
  const publications = finishPublications(ctx, pubDrafts, 'PT');
  return {
    agency: A,
    profile: 'shanghai-putuo',
    documents,
    requests: [],
    publications,
    reports: [],
    names: [PUTUO.fullName, '普陀区应急管理局', PUTUO.bureau],
  };
}

/** Normative documents (行政规范性文件) with their interpretation the same day. */
function normativeDocuments(ctx: AgencyContext): Draft[] {
  const { cal } = ctx;
  const rows: [string, string][] = [
    ['2024-05-20', '关于印发《普陀区生产经营单位安全生产主体责任清单》的通知'],
    ['2025-08-11', '关于印发《普陀区应急管理行政处罚裁量基准适用规定》的通知'],
  ];
  const rng = new Rng(`${ctx.code}:normative`);
  return rows.map(([formed, title]) => {
    const draft: Draft = {
      doc: plantedDocument(ctx, { section: '管理培训科', title, formed_on: cal.onOrAfter(formed), category: '行政规范性文件', docPrefix: ctx.docPrefixes.main, column: '政策文件' }).doc,
    };
    cleanTimeline(ctx, rng, draft);
    return draft;
  });
}

/** A planted row with its timeline given: formed F, sent S, published P (reviewed/approved default to P's eve). */
function timed(ctx: AgencyContext, fields: Partial<DocumentRow> & Pick<DocumentRow, 'section' | 'title' | 'formed_on'>): Draft {
  const { cal } = ctx;
  const p = fields.published_on;
  const eve = p && fields.submitted_on && cal.wd(p, -1) >= fields.submitted_on ? cal.wd(p, -1) : p;
  return plantedDocument(ctx, {
    docPrefix: ctx.docPrefixes.main,
    column: '通知公告',
    ...(p ? { reviewed_on: fields.reviewed_on === undefined ? eve : fields.reviewed_on, approved_on: fields.approved_on === undefined ? p : fields.approved_on } : {}),
    ...fields,
  });
}

function plantDocuments(ctx: AgencyContext): { drafts: Draft[]; wechatFirst: Draft } {
  const { cal, plants } = ctx;
  const drafts: Draft[] = [];
  const add = (d: Draft) => {
    drafts.push(d);
    return d;
  };
  const key = (d: Draft) => () => d.doc.record_key;
  const late = (d: Draft, rule: string, from: string, n: number, actual: string | null, why: string) =>
    plants.late(A, 'documents', rule, key(d), from, n, actual, why);

  // ── doc/submission-late ─────────────────────────────────────────────────────────────────────────
  {
    // National Day 2024 inside the 15 working days.
    const f = '2024-09-23';
    const s = cal.wd(f, 17);
    const d = add(timed(ctx, { section: '安全生产监督管理科', title: '关于开展第四季度安全生产执法检查的通知', formed_on: f, submitted_on: s, published_on: cal.wd(s, 2) }));
    late(d, 'doc/submission-late', f, 15, s, '科室在国庆假期前形成、节后第17个工作日才报送（第九条：15个工作日）');
  }
  {
    // Spring Festival 2025 (and its makeup Sunday 1月26日) inside the window; any attribute counts.
    const f = '2025-01-20';
    const s = cal.wd(f, 19);
    const d = add(timed(ctx, { section: '危险化学品监管科', title: '2024年第四季度危险化学品企业隐患排查情况汇总', kind: '非公文', attribute: '依申请公开', formed_on: f, submitted_on: s, docPrefix: null }));
    late(d, 'doc/submission-late', f, 15, s, '依申请公开信息同样须在15个工作日内报送；跨春节假期');
  }
  {
    // A makeup Saturday (2024-10-12) makes the real deadline a day earlier than a weekends-only count.
    const f = '2024-10-08';
    const s = '2024-10-29';
    const d = add(
      timed(ctx, {
        section: '防汛防台办公室',
        title: '关于申请2025年防汛物资储备经费的请示',
        attribute: '不予公开',
        attribute_text: '免于公开',
        exempt_reason: '向上级机关的请示，属于过程性信息',
        exempt_basis: '《中华人民共和国政府信息公开条例》第十六条第二款（请示报告）',
        formed_on: f,
        submitted_on: s,
      }),
    );
    late(d, 'doc/submission-late', f, 15, s, '10月12日（星期六）调休上班：实际期限为10月28日，迟1个工作日；只算周末则不超期');
  }
  {
    // Sent late and, in consequence, published late too: two findings on one row.
    const f = '2024-04-01';
    const s = cal.wd(f, 21);
    const p = cal.wd(s, 3);
    const d = add(timed(ctx, { section: '防汛防台办公室', title: '关于开展2024年汛前安全检查的通知', formed_on: f, submitted_on: s, published_on: p }));
    late(d, 'doc/submission-late', f, 15, s, '跨清明、劳动节假期及4月7日、4月28日调休日，报送迟6个工作日');
    late(d, 'doc/proactive-late', f, 20, p, '报送迟延导致公开超过20个工作日（条例第二十六条）');
  }

  // ── doc/release-late ────────────────────────────────────────────────────────────────────────────
  {
    // 2024-10-12 is a makeup Saturday: the 5th working day after 10月8日 is 10月14日, not 10月15日.
    const d = add(timed(ctx, { section: '综合减灾科', title: '关于做好秋冬季森林防火工作的通知', formed_on: '2024-09-27', submitted_on: '2024-10-08', published_on: '2024-10-15' }));
    late(d, 'doc/release-late', '2024-10-08', 5, '2024-10-15', '办公室收到后第6个工作日才发布；10月12日调休上班，只算周末则恰好不超期');
  }
  {
    // Labour Day 2025 and its makeup Sunday 4月27日.
    const d = add(timed(ctx, { section: '应急管理科', title: '关于开展2025年生产安全事故应急演练的通知', formed_on: '2025-04-14', submitted_on: '2025-04-24', published_on: '2025-05-08' }));
    late(d, 'doc/release-late', '2025-04-24', 5, '2025-05-08', '跨劳动节假期：实际期限4月30日（含4月27日调休），迟3个工作日；只算周末则算成迟5个');
  }
  {
    const f = '2025-06-03';
    const s = cal.wd(f, 14);
    const p = cal.wd(s, 9);
    const d = add(timed(ctx, { section: '安全生产监督管理科', title: '关于开展高温季节安全生产工作的通知', formed_on: f, submitted_on: s, published_on: p }));
    late(d, 'doc/release-late', s, 5, p, '科室按时报送，办公室第9个工作日才发布');
    late(d, 'doc/proactive-late', f, 20, p, '形成后第23个工作日公开');
  }

  // ── doc/proactive-late (no submission step: the office's own items) ─────────────────────────────
  {
    // New Year 2026 (1月1日–3日) and its makeup Sunday 1月4日.
    const f = '2025-12-22';
    const p = cal.wd(f, 23);
    const d = add(timed(ctx, { section: '办公室', title: '关于2025年度安全生产目标责任制考核结果的通报', formed_on: f, published_on: p }));
    late(d, 'doc/proactive-late', f, 20, p, '办公室自有信息（无报送环节），跨元旦假期，形成后第23个工作日才公开');
  }
  {
    // Spring Festival 2024 with makeup Sundays 2月4日 and 2月18日.
    const f = '2024-01-22';
    const p = cal.wd(f, 22);
    const d = add(timed(ctx, { section: '办公室', title: '区应急管理局召开2024年安全生产工作会议', kind: '非公文', docPrefix: null, column: '工作动态', formed_on: f, published_on: p }));
    late(d, 'doc/proactive-late', f, 20, p, '跨春节假期（含2月4日、2月18日两个调休上班日），迟2个工作日');
  }

  // ── doc/proactive-unpublished ───────────────────────────────────────────────────────────────────
  {
    const f = '2025-12-15';
    const d = add(timed(ctx, { section: '应急管理科', title: '关于印发《普陀区自然灾害救助应急预案（2025年修订）》的通知', column: '应急预案', formed_on: f, submitted_on: cal.wd(f, 6) }));
    late(d, 'doc/proactive-unpublished', f, 20, null, '主动公开的预案修订稿报送后一直未公开');
  }
  {
    // Spring Festival 2026 (2月15日–23日) with makeup Saturdays 2月14日 and 2月28日.
    const f = '2026-02-09';
    const d = add(timed(ctx, { section: '综合减灾科', title: '关于开展2026年度综合减灾示范社区创建工作的通知', formed_on: f, submitted_on: cal.wd(f, 4) }));
    late(d, 'doc/proactive-unpublished', f, 20, null, '跨2026年春节：期限为3月13日（只算周末会算成3月9日），至3月31日仍未公开');
  }

  // ── doc/published-without-review ───────────────────────────────────────────────────────────────
  {
    const d = add(timed(ctx, { section: '安全生产监督管理科', title: '关于开展城镇燃气安全隐患排查整治的通知', formed_on: '2024-06-12', submitted_on: '2024-06-14', published_on: '2024-06-19', reviewed_on: null }));
    plants.flag(A, 'documents', 'doc/published-without-review', key(d), '发布前未经保密审查（无审查日期）', { due: '2024-06-19' });
  }
  {
    const p = '2025-03-12';
    const r = cal.wd(p, 2);
    const d = add(timed(ctx, { section: '危险化学品监管科', title: '关于加强危险化学品经营企业安全管理的通知', formed_on: '2025-03-03', submitted_on: '2025-03-06', published_on: p, reviewed_on: r }));
    plants.flag(A, 'documents', 'doc/published-without-review', key(d), '先发布、后补保密审查（晚2个工作日）', { due: p, actual: r, lateWorkdays: cal.between(p, r) });
  }

  // ── doc/published-without-approval (and published-before-approval) ─────────────────────────────
  {
    const d = add(timed(ctx, { section: '综合减灾科', title: '关于开展2024年防震减灾科普宣传活动的通知', formed_on: '2024-07-15', submitted_on: '2024-07-17', published_on: '2024-07-22', approved_on: null }));
    plants.flag(A, 'documents', 'doc/published-without-approval', key(d), '未经局领导审定即发布（第三条：未经局领导批准不得擅自对外发布）', { due: '2024-07-22' });
  }
  {
    const p = '2025-09-10';
    const a = cal.wd(p, 1);
    const d = add(timed(ctx, { section: '应急管理科', title: '关于开展2025年地震应急演练的通知', formed_on: '2025-09-01', submitted_on: '2025-09-03', published_on: p, approved_on: a }));
    plants.flag(A, 'documents', 'doc/published-without-approval', key(d), '领导审定晚于发布1个工作日', { due: p, actual: a, lateWorkdays: 1 });
    plants.flag(A, 'documents', 'doc/published-before-approval', key(d), '发布日期早于审定日期（提前公开）', { due: a, actual: p });
  }
  {
    // Posted two working days before the date it was signed (formed).
    const f = '2025-11-19';
    const p = cal.wd(f, -2);
    const d = add(
      timed(ctx, { section: '执法大队', title: '关于开展2025年冬春季安全生产执法检查的通知', formed_on: f, submitted_on: cal.wd(f, -3), published_on: p, reviewed_on: cal.wd(f, -3), approved_on: p }),
    );
    plants.flag(A, 'documents', 'doc/published-before-approval', key(d), '门户网站发布日期早于成文日期（送审稿提前上网）', { due: f, actual: p });
  }

  // ── doc/withheld-but-published ──────────────────────────────────────────────────────────────────
  {
    const d = add(
      timed(ctx, {
        section: '办公室',
        title: '关于调整局机关节假日值班安排的通知',
        attribute: '不予公开',
        attribute_text: '免于公开',
        exempt_reason: '机关内部管理信息',
        exempt_basis: '《中华人民共和国政府信息公开条例》第十六条第一款（内部事务信息）',
        formed_on: '2025-01-06',
        submitted_on: '2025-01-06',
        published_on: '2025-01-09',
        column: '通知公告',
      }),
    );
    plants.flag(A, 'documents', 'doc/withheld-but-published', key(d), '属性为免于公开，却在门户网站发布', { actual: '2025-01-09' });
    // Published on the portal, so in the catalogue: without an index number as well.
    plants.flag(A, 'documents', 'doc/index-number-missing', key(d), '已在门户网站发布但未编制索引号（本应不公开）');
  }

  // ── doc/interpretation-missing ──────────────────────────────────────────────────────────────────
  {
    const p = '2024-12-18';
    const d = add(
      timed(ctx, {
        section: '管理培训科',
        title: '关于印发《普陀区安全生产举报奖励实施办法》的通知',
        category: '行政规范性文件',
        column: '政策文件',
        formed_on: '2024-12-09',
        submitted_on: '2024-12-11',
        published_on: p,
        interpretation_published_on: null,
      }),
    );
    plants.lateOnDate(A, 'documents', 'doc/interpretation-missing', key(d), p, null, '行政规范性文件发布后始终未发布政策解读', 'published_on (limit 0: interpretation published together)');
  }
  {
    const p = '2025-10-15';
    const i = cal.wd(p, 3);
    const d = add(
      timed(ctx, {
        section: '管理培训科',
        title: '关于印发《普陀区生产经营单位安全生产违法行为举报处理规定》的通知',
        category: '行政规范性文件',
        column: '政策文件',
        formed_on: '2025-10-09',
        submitted_on: '2025-10-10',
        published_on: p,
        interpretation_published_on: i,
      }),
    );
    plants.lateOnDate(A, 'documents', 'doc/interpretation-missing', key(d), p, i, '政策解读晚于文件3个工作日发布（应同步发布）', 'published_on (limit 0: interpretation published together)');
  }

  // ── doc/index-number-missing ────────────────────────────────────────────────────────────────────
  for (const [f, title] of [
    ['2024-08-05', '关于做好台风“格美”过境后安全生产工作的通知'],
    ['2025-07-07', '关于开展有限空间作业安全专项整治的通知'],
  ] as const) {
    const d = add(timed(ctx, { section: '安全生产监督管理科', title, formed_on: f, submitted_on: cal.wd(f, 2), published_on: cal.wd(f, 4) }));
    d.noIndex = true;
    plants.flag(A, 'documents', 'doc/index-number-missing', key(d), '已主动公开但未编制索引号');
  }

  // ── doc/attribute-missing ───────────────────────────────────────────────────────────────────────
  for (const [f, section, title] of [
    ['2024-11-12', '执法大队', '关于开展危险化学品运输车辆专项执法检查的通知'],
    ['2025-05-20', '综合减灾科', '关于做好应急避难场所日常维护管理的通知'],
  ] as const) {
    const d = add(timed(ctx, { section, title, attribute: null, formed_on: f, submitted_on: cal.wd(f, 3) }));
    plants.flag(A, 'documents', 'doc/attribute-missing', key(d), '公文未标注公开属性（第十条：拟稿时应注明）');
  }

  // ── doc/exempt-reason-missing, doc/exempt-basis-unlawful ────────────────────────────────────────
  {
    const d = add(timed(ctx, { section: '执法大队', title: '关于2024年第三季度执法检查情况的报告', attribute: '不予公开', attribute_text: '免于公开', formed_on: '2024-10-14', submitted_on: '2024-10-16' }));
    plants.flag(A, 'documents', 'doc/exempt-reason-missing', key(d), '免于公开而未注明理由（第十条）');
  }
  {
    const d = add(
      timed(ctx, { section: '安全生产监督管理科', title: '关于全区重点企业安全生产风险评估情况的报告', attribute: '不予公开', exempt_reason: '领导不同意公开', formed_on: '2025-02-17', submitted_on: '2025-02-19' }),
    );
    plants.flag(A, 'documents', 'doc/exempt-basis-unlawful', key(d), '不公开理由“领导不同意公开”不属于任何法定情形');
  }
  {
    const d = add(
      timed(ctx, {
        section: '应急管理科',
        title: '普陀区2025年度应急物资储备情况统计',
        kind: '非公文',
        docPrefix: null,
        attribute: '不予公开',
        attribute_text: '免于公开',
        exempt_reason: '涉及敏感数据',
        exempt_basis: '内部资料，暂不公开',
        formed_on: '2025-12-04',
        submitted_on: '2025-12-08',
      }),
    );
    plants.flag(A, 'documents', 'doc/exempt-basis-unlawful', key(d), '“内部资料，暂不公开”不是法定的不公开依据');
  }

  // ── clean edge cases ────────────────────────────────────────────────────────────────────────────
  {
    // Formed on a holiday (中秋 2024-09-15): counting starts on the next workday. Sent on the 15th and
    // published on the 20th working day, both exactly on the deadline.
    const f = '2024-09-15';
    const d = add(timed(ctx, { section: '防汛防台办公室', title: '关于做好2024年秋汛期防汛防台工作的通知', formed_on: f, submitted_on: cal.wd(f, 15), published_on: cal.wd(f, 20) }));
    plants.clean(A, 'documents', key(d), `中秋假期当天形成，报送（${cal.wd(f, 15)}）与公开（${cal.wd(f, 20)}）均恰在期限当日`, ['doc/submission-late', 'doc/release-late', 'doc/proactive-late'], `只算周末：公开期限为 ${cal.wdWeekendsOnly(f, 20)}，会误判超期`);
  }
  {
    const d = add(timed(ctx, { section: '安全生产监督管理科', title: '关于做好2024年国庆假期安全防范工作的通知', formed_on: '2024-09-26', submitted_on: '2024-09-27', published_on: '2024-10-10' }));
    plants.clean(A, 'documents', key(d), '9月27日报送，国庆假期后10月10日发布，恰为第5个工作日（含9月29日调休）', ['doc/release-late'], `只算周末：期限为 ${cal.wdWeekendsOnly('2024-09-27', 5)}，会误判超期`);
  }
  {
    // Changed in 2025: limits run from the change, not from the 2024 forming date.
    const changed = '2025-05-12';
    const d = add(
      timed(ctx, {
        section: '应急管理科',
        title: '关于印发《普陀区防汛防台专项应急预案》的通知',
        column: '应急预案',
        formed_on: '2024-03-05',
        changed_on: changed,
        submitted_on: cal.wd(changed, 10),
        published_on: cal.wd(changed, 14),
        note: '2025年修订',
      }),
    );
    plants.clean(A, 'documents', key(d), '2024年形成、2025年5月12日修订：报送与公开期限自变更日起算', ['doc/submission-late', 'doc/release-late', 'doc/proactive-late']);
  }
  {
    const f = '2026-03-24';
    const d = add(timed(ctx, { section: '执法大队', title: '普陀区应急管理局2026年度安全生产监督检查计划', column: '规划计划', formed_on: f, submitted_on: cal.wd(f, 2) }));
    plants.clean(A, 'documents', key(d), `主动公开、尚未发布，但公开期限 ${cal.wd(f, 20)} 在检查日之后`, ['doc/proactive-unpublished']);
  }
  {
    const d = add(
      timed(ctx, { section: '应急管理科', title: '关于开展2025年防汛防台应急演练的通知', formed_on: '2025-06-16', submitted_on: '2025-06-18', repealed_on: '2025-07-01', note: '已被新通知替代，未发布即废止' }),
    );
    plants.clean(A, 'documents', key(d), '未发布，但在公开期限前已废止', ['doc/proactive-unpublished']);
  }
  {
    const d = add(timed(ctx, { section: '办公室', title: '普陀区应急管理局2025年上半年工作总结', kind: '非公文', docPrefix: null, attribute: null, formed_on: '2025-07-04', submitted_on: '2025-07-04' }));
    plants.clean(A, 'documents', key(d), '非公文未标公开属性：只对公文要求', ['doc/attribute-missing']);
  }
  {
    const d = add(
      timed(ctx, {
        section: '执法大队',
        title: '关于某生产安全事故伤亡人员善后情况的报告',
        attribute: '不予公开',
        attribute_text: '免于公开',
        exempt_reason: '涉及个人隐私',
        exempt_basis: '《中华人民共和国政府信息公开条例》第十五条（个人隐私）',
        formed_on: '2025-04-08',
        submitted_on: '2025-04-09',
      }),
    );
    plants.clean(A, 'documents', key(d), '“免于公开”即不予公开，理由与依据合法，未发布', ['doc/exempt-reason-missing', 'doc/exempt-basis-unlawful', 'doc/withheld-but-published']);
  }
  // Planned stale column: the last item in 规划计划 (see publications).
  add(timed(ctx, { section: '管理培训科', title: '普陀区应急管理局2025年下半年安全生产培训计划', kind: '非公文', docPrefix: null, column: '规划计划', formed_on: '2025-07-08', submitted_on: '2025-07-10', published_on: '2025-07-15' }));

  // A notice posted on WeChat a day before the portal: Wujiang's 第十四条 rule, not Putuo's.
  const wechatFirst = add(timed(ctx, { section: '综合减灾科', title: '关于开展2025年全国防灾减灾日宣传活动的通知', formed_on: '2025-05-06', submitted_on: '2025-05-07', published_on: '2025-05-09' }));
  plants.clean(A, 'documents', key(wechatFirst), '微信公众号先于门户网站一天发布：普陀规则未设“门户网站第一发布平台”', ['doc/portal-not-first']);
  return { drafts, wechatFirst };
}

function plantPublications(ctx: AgencyContext, wechatFirst: Draft): PublicationDraft[] {
  const { plants } = ctx;
  const out: PublicationDraft[] = [];
  out.push({ doc: wechatFirst.doc, pub: wechatPub(wechatFirst.doc.title, '2025-05-08 18:30:00', { drafter: '孙悦', reviewer: '周磊', signer: '李国强' }) });

  const unsigned = wechatPub('2025年“安全生产月”宣传咨询日活动掠影', '2025-06-16 19:05:00', { drafter: '何琳', reviewer: '陈静', signer: null });
  out.push({ pub: unsigned });
  plants.clean(A, 'publications', () => unsigned.record_key, '微信推送缺签发人：签发要求来自吴江规则第二十八条，普陀未启用', ['pub/signoff-missing']);

  // The last post in 规划计划 was 2025-07-15 (the training plan, above): stale for six months by 2026-01-15.
  plants.lateOnDate(A, 'publications', 'pub/column-stale', () => '门户网站/规划计划', '2026-01-15', null, '“规划计划”栏目自2025年7月15日后未更新（非动态栏目6个月）', 'last post 2025-07-15 + 6 months');

  // Portal items outside the documents ledger: the 政策解读 column's own interpretations of plans.
  out.push({ pub: portalPub('政策解读', '图解：《普陀区防汛防台专项应急预案》修订要点', '2025-05-27 10:20:00', null) });
  out.push({ pub: portalPub('政策解读', '一图读懂普陀区2026年应急管理工作要点', '2026-02-26 15:40:00', null) });
  return out;
}
