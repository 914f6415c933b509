// 苏州市吴江区应急管理局 (wujiang-yjj, profile suzhou-wujiang-2023): documents, portal and WeChat
// publications (with drafter, reviewer, signer and reposts, 第二十八条), requests and annual reports.
// The portal is the first publication platform (第十四条); requests are free of charge (第二十三条).
import { addDays, type WorkCalendar } from './calendar.ts';
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
import { buildReports } from './reports.ts';
import { buildRequests } from './requests.ts';
import { WUJIANG, pickActivity } from './vocab.ts';
import { wechatPosts, wechatPub } from './wechat.ts';

const A = 'wujiang-yjj' as const;

export function wujiangContext(cal: WorkCalendar, asOf: string, plants: PlantBook): AgencyContext {
  return {
    code: A,
    place: WUJIANG,
    cal,
    asOf,
    plants,
    keyPrefix: 'WJYJ',
    docPrefixes: { main: '吴应急', penalty: '吴应急罚', letter: '吴应急函' },
    orgCode: '11320584MB1C47293K',
    portalBase: 'http://www.wujiang.gov.cn/zgwj/yjglj',
    hasSubmission: false,
    sections: {
      office: '办公室',
      legal: '法宣科',
      emergency: '应急管理科',
      safety: '安全生产基础科',
      chemicals: '危险化学品监管科',
      flood: '防汛防旱办公室',
      disaster: '综合减灾科',
      enforcement: '执法大队',
    },
    withheldText: (rng) => (rng.chance(0.1) ? '免于公开' : '不予公开'),
    firstMonth: '2024-01',
    lastFormed: '2026-03-27',
  };
}

const SIGNOFF = { drafters: ['沈逸', '杨帆', '朱婷'], reviewers: ['张海峰', '周文', '吴佳'], signer: '陆卫东' };

export function buildWujiang(cal: WorkCalendar, asOf: string, plants: PlantBook): AgencySample {
  const ctx = wujiangContext(cal, asOf, plants);
  // The annual reports' own document rows follow the annual-reports ledger (below), not the random path.
  const drafts = ordinaryDocuments(ctx, 0.85).filter((d) => !d.doc.title.includes('政府信息公开工作年度报告'));
  drafts.push(...fixedDocuments(ctx));
  const planted = plantDocuments(ctx);
  drafts.push(...planted.drafts);
  const documents = finishDocuments(ctx, drafts);

  const pubDrafts: PublicationDraft[] = [
    ...portalItemsForDocuments(ctx, drafts),
    ...wechatPosts(ctx, drafts, {
      ...SIGNOFF,
      missingSignerRate: 0,
      sources: ['中华人民共和国应急管理部', '江苏省应急管理厅', '苏州市应急管理局', '吴江区人民政府', '新华社', '人民日报', '中国政府网'],
      first: '2024-01-02',
      last: '2026-03-30',
    }),
    ...townNews(ctx),
    ...planted.publications,
    ...plantPublications(ctx),
  ];
  const publications = finishPublications(ctx, pubDrafts, 'WJ');
  const requests = buildRequests(ctx);
  const reports = buildReports(ctx, requests, documents);
  return {
    agency: A,
    profile: 'suzhou-wujiang-2023',
    documents,
    requests,
    publications,
    reports,
    names: [WUJIANG.fullName, '吴江区应急管理局', WUJIANG.bureau, '吴江区', '苏州市'],
  };
}

/** Rows that are not random: normative documents and the annual reports as documents. */
function fixedDocuments(ctx: AgencyContext): Draft[] {
  const { cal } = ctx;
  const rng = new Rng(`${ctx.code}:fixed`);
  const normative = [
    ['2024-06-17', '关于印发《吴江区安全生产举报奖励办法》的通知'],
    ['2025-10-20', '关于印发《吴江区应急管理行政处罚自由裁量权实施细则》的通知'],
  ].map(([formed, title]) => {
    const draft: Draft = {
      doc: plantedDocument(ctx, { section: '法宣科', title: title!, formed_on: cal.onOrAfter(formed!), category: '行政规范性文件', docPrefix: ctx.docPrefixes.main, column: '政策文件' }).doc,
    };
    cleanTimeline(ctx, rng, draft);
    return draft;
  });
  const reportDoc = (year: number, formed: string, published: string) =>
    plantedDocument(ctx, {
      section: '办公室',
      title: `${WUJIANG.fullName}${year}年政府信息公开工作年度报告`,
      kind: '非公文',
      column: '政务公开',
      formed_on: formed,
      reviewed_on: cal.wd(published, -1),
      approved_on: cal.wd(published, -1),
      published_on: published,
    });
  return [
    ...normative,
    // Published late (2024-02-07): report/annual-late is planted on the annual-reports ledger.
    reportDoc(2023, '2024-01-29', '2024-02-07'),
    // Published on a makeup Sunday before Spring Festival 2025.
    reportDoc(2024, '2025-01-20', '2025-01-26'),
    plantedDocument(ctx, {
      section: '应急管理科',
      title: '关于印发《吴江区生产安全事故应急预案（2025年修订）》的通知',
      docPrefix: ctx.docPrefixes.main,
      column: '应急预案',
      formed_on: '2025-12-08',
      reviewed_on: '2025-12-12',
      approved_on: '2025-12-15',
      published_on: '2025-12-16',
    }),
    plantedDocument(ctx, {
      section: '办公室',
      title: '吴江区应急管理局2025年第四季度政务公开工作情况',
      kind: '非公文',
      column: '政务公开',
      formed_on: '2026-01-08',
      reviewed_on: '2026-01-09',
      approved_on: '2026-01-12',
      published_on: '2026-01-12',
    }),
  ];
}

function timed(ctx: AgencyContext, fields: Partial<DocumentRow> & Pick<DocumentRow, 'section' | 'title' | 'formed_on'>): Draft {
  const { cal } = ctx;
  const p = fields.published_on;
  return plantedDocument(ctx, {
    docPrefix: ctx.docPrefixes.main,
    column: '通知公告',
    ...(p ? { reviewed_on: cal.wd(p, -1) >= fields.formed_on ? cal.wd(p, -1) : p, approved_on: p } : {}),
    ...fields,
  });
}

function plantDocuments(ctx: AgencyContext): { drafts: Draft[]; publications: PublicationDraft[] } {
  const { cal, plants } = ctx;
  const drafts: Draft[] = [];
  const publications: PublicationDraft[] = [];
  const add = (d: Draft) => {
    drafts.push(d);
    return d;
  };
  const key = (d: Draft) => () => d.doc.record_key;
  const signed = { drafter: '杨帆', reviewer: '张海峰', signer: SIGNOFF.signer };

  // ── doc/proactive-late ─────────────────────────────────────────────────────────────────────────
  {
    const f = '2024-09-20';
    const p = cal.wd(f, 22);
    const d = add(timed(ctx, { section: '安全生产基础科', title: '关于开展工贸企业粉尘涉爆安全专项检查的通知', formed_on: f, published_on: p }));
    plants.late(A, 'documents', 'doc/proactive-late', key(d), f, 20, p, '跨国庆假期（含9月29日、10月12日调休），形成后第22个工作日才公开');
  }
  {
    const f = '2025-01-13';
    const p = cal.wd(f, 21);
    const d = add(timed(ctx, { section: '综合减灾科', title: '关于做好冬春生活困难受灾群众救助工作的通知', formed_on: f, published_on: p }));
    plants.late(A, 'documents', 'doc/proactive-late', key(d), f, 20, p, '跨2025年春节（含1月26日、2月8日调休），迟1个工作日');
  }
  {
    // 2025-09-28 is a makeup Sunday: it is the 20th working day, so 9月29日 is already late.
    const d = add(timed(ctx, { section: '危险化学品监管科', title: '关于开展油气储存企业安全检查的通知', formed_on: '2025-09-01', published_on: '2025-09-29' }));
    plants.late(A, 'documents', 'doc/proactive-late', key(d), '2025-09-01', 20, '2025-09-29', '第20个工作日是9月28日（星期日调休上班），9月29日公开迟1个工作日；只算周末则不超期');
  }

  // ── doc/proactive-unpublished ──────────────────────────────────────────────────────────────────
  {
    const f = '2025-11-20';
    const d = add(timed(ctx, { section: '执法大队', title: '关于开展2025年度安全生产巡查工作的通知', formed_on: f }));
    plants.late(A, 'documents', 'doc/proactive-unpublished', key(d), f, 20, null, '主动公开的通知至检查日仍未公开');
  }
  {
    // Spring Festival 2026 (2月15日–23日, makeup Saturdays 2月14日 and 2月28日) inside the window.
    const f = '2026-01-28';
    const d = add(timed(ctx, { section: '防汛防旱办公室', title: '关于开展2026年度防汛物资储备检查的通知', formed_on: f }));
    plants.late(A, 'documents', 'doc/proactive-unpublished', key(d), f, 20, null, '跨2026年春节，公开期限已过仍未公开');
  }

  // ── doc/published-without-review ───────────────────────────────────────────────────────────────
  {
    const d = add(timed(ctx, { section: '应急管理科', title: '关于开展2024年生产安全事故应急演练的通知', formed_on: '2024-05-21', published_on: '2024-05-28', reviewed_on: null }));
    plants.flag(A, 'documents', 'doc/published-without-review', key(d), '发布前未经保密审查（条例第十七条，吴江第十八条）', { due: '2024-05-28' });
  }

  // ── doc/withheld-but-published: a request for instructions that reached WeChat by its 文号 ──────
  {
    const d = add(
      timed(ctx, {
        section: '应急管理科',
        title: '关于吴江区应急指挥中心改造项目立项的请示',
        attribute: '不予公开',
        exempt_reason: '向上级机关的请示，属于过程性信息',
        exempt_basis: '《中华人民共和国政府信息公开条例》第十六条第二款（请示报告）',
        formed_on: '2025-04-10',
      }),
    );
    publications.push({ doc: d.doc, pub: wechatPub('区应急管理局推进应急指挥中心改造项目', '2025-04-18 19:20:00', signed) });
    plants.flag(A, 'documents', 'doc/withheld-but-published', key(d), '不予公开的请示，其文号出现在微信公众号推送中', { actual: '2025-04-18' });
  }

  // ── doc/interpretation-missing ──────────────────────────────────────────────────────────────────
  {
    const p = '2025-03-26';
    const d = add(
      timed(ctx, {
        section: '法宣科',
        title: '关于印发《吴江区生产经营单位安全生产信用管理办法》的通知',
        category: '行政规范性文件',
        column: '政策文件',
        formed_on: '2025-03-14',
        published_on: p,
        interpretation_published_on: null,
      }),
    );
    plants.lateOnDate(A, 'documents', 'doc/interpretation-missing', key(d), p, null, '行政规范性文件未同步发布政策解读（吴江第十条：同步考虑、同步安排）', 'published_on (limit 0)');
  }

  // ── doc/index-number-missing ────────────────────────────────────────────────────────────────────
  {
    const d = add(timed(ctx, { section: '防汛防旱办公室', title: '关于做好梅雨期防汛工作的通知', formed_on: '2024-06-18', published_on: '2024-06-21' }));
    d.noIndex = true;
    plants.flag(A, 'documents', 'doc/index-number-missing', key(d), '已公开未编索引号（吴江第九条：目录应包括索引）');
  }

  // ── doc/portal-not-first (吴江第十四条) ─────────────────────────────────────────────────────────
  {
    const d = add(timed(ctx, { section: '防汛防旱办公室', title: '关于开展2025年汛前安全检查的通知', formed_on: '2025-03-05', published_on: '2025-03-12' }));
    publications.push({ doc: d.doc, pub: wechatPub(d.doc.title, '2025-03-10 18:10:00', signed) });
    plants.lateOnDate(A, 'documents', 'doc/portal-not-first', key(d), '2025-03-10', '2025-03-12', '微信公众号3月10日先发，门户网站3月12日才发布', 'first WeChat post');
  }
  {
    // Only ever posted on WeChat.
    const d = add(timed(ctx, { section: '综合减灾科', title: '关于开展2024年防震减灾科普宣传活动的通知', formed_on: '2024-07-15', published_on: '2024-07-19', channel: '微信公众号' }));
    d.doc.url = 'https://mp.weixin.qq.com/s/Wj2024fzjzKpXq7Lm3RtYa';
    publications.push({ doc: d.doc, pub: wechatPub(d.doc.title, '2024-07-19 20:00:00', { ...signed, url: d.doc.url }) });
    plants.flag(A, 'documents', 'doc/portal-not-first', key(d), '只在微信公众号发布，门户网站从未发布', { due: '2024-07-19' });
  }
  {
    // Posted on WeChat on the makeup Sunday before National Day 2024; the portal followed after the holiday.
    const d = add(timed(ctx, { section: '安全生产基础科', title: '关于做好2024年国庆假期安全防范工作的通知', formed_on: '2024-09-26', published_on: '2024-10-08' }));
    publications.push({ doc: d.doc, pub: wechatPub(d.doc.title, '2024-09-29 17:45:00', signed) });
    plants.lateOnDate(A, 'documents', 'doc/portal-not-first', key(d), '2024-09-29', '2024-10-08', '9月29日（调休上班日）微信先发，门户网站节后10月8日才发布', 'first WeChat post');
  }

  // ── doc/published-before-approval (published-without-approval is not a Wujiang rule) ────────────
  {
    const p = '2025-07-16';
    const a = cal.wd(p, 2);
    const d = add(timed(ctx, { section: '安全生产基础科', title: '关于开展高温季节安全生产工作的通知', formed_on: '2025-07-10', published_on: p, approved_on: a }));
    plants.flag(A, 'documents', 'doc/published-before-approval', key(d), '发布两个工作日后才经领导审定（提前公开）', { due: a, actual: p });
    plants.clean(A, 'documents', key(d), '审定晚于发布只由 doc/published-before-approval 报告；published-without-approval 是普陀规则', ['doc/published-without-approval']);
  }

  // ── doc/attribute-missing, doc/exempt-reason-missing, doc/exempt-basis-unlawful ─────────────────
  {
    const d = add(timed(ctx, { section: '执法大队', title: '关于开展2025年第二季度执法检查工作的通知', attribute: null, formed_on: '2025-04-02' }));
    plants.flag(A, 'documents', 'doc/attribute-missing', key(d), '公文未确定公开属性（吴江第十三条）');
  }
  {
    const d = add(timed(ctx, { section: '办公室', title: '关于局机关2024年度考核结果的通知', attribute: '不予公开', formed_on: '2024-12-27' }));
    plants.flag(A, 'documents', 'doc/exempt-reason-missing', key(d), '不予公开未说明理由');
  }
  {
    const d = add(timed(ctx, { section: '工贸行业监管科', title: '关于全区重点工贸企业安全生产检查情况的通报', attribute: '不予公开', exempt_reason: '暂不公开', exempt_basis: '敏感信息', formed_on: '2025-08-19' }));
    plants.flag(A, 'documents', 'doc/exempt-basis-unlawful', key(d), '“敏感信息”“暂不公开”不是法定理由');
  }

  // ── clean edge cases ────────────────────────────────────────────────────────────────────────────
  {
    const f = '2025-01-06';
    const p = cal.wd(f, 20);
    const d = add(timed(ctx, { section: '应急管理科', title: '关于做好2025年春节期间应急值守工作的通知', formed_on: f, published_on: p }));
    plants.clean(A, 'documents', key(d), `恰在第20个工作日（${p}）公开，跨春节假期`, ['doc/proactive-late'], `只算周末：期限为 ${cal.wdWeekendsOnly(f, 20)}，会误判超期`);
  }
  {
    const d = add(timed(ctx, { section: '防汛防旱办公室', title: '关于做好2025年汛期防汛防台工作的通知', formed_on: '2025-06-03', published_on: '2025-06-10' }));
    publications.push({ doc: d.doc, pub: wechatPub(d.doc.title, '2025-06-10 20:05:00', signed) });
    plants.clean(A, 'documents', key(d), '门户网站上午发布，微信公众号同日晚间转发：门户网站仍为首发', ['doc/portal-not-first']);
  }
  {
    const d = add(timed(ctx, { section: '综合减灾科', title: '关于开展应急避难场所排查评估的通知', formed_on: '2025-08-04', published_on: '2025-08-11', approved_on: null }));
    plants.clean(A, 'documents', key(d), '无领导审定日期：published-without-approval 只在普陀规则中启用', ['doc/published-without-approval']);
  }
  return { drafts, publications };
}

/** 基层动态: news from the towns, weekly, until mid-February 2026 (then the column goes quiet). */
function townNews(ctx: AgencyContext): PublicationDraft[] {
  const rng = new Rng(`${ctx.code}:town-news`);
  const out: PublicationDraft[] = [];
  for (let week = '2024-01-08'; week <= '2026-02-09'; week = addDays(week, 7)) {
    const day = ctx.cal.wd(week, rng.int(0, 4));
    if (day > '2026-02-13') continue;
    out.push({ pub: portalPub('基层动态', `${rng.pick(WUJIANG.streets)}${pickActivity(rng, Number(day.slice(5, 7))).activity}`, `${day} ${String(rng.int(9, 16)).padStart(2, '0')}:${String(rng.int(10, 59))}:00`, null) });
  }
  out.push({ pub: portalPub('基层动态', '盛泽镇开展节前安全生产检查', '2026-02-13 15:30:00', null) });
  return out;
}

function plantPublications(ctx: AgencyContext): PublicationDraft[] {
  const { plants } = ctx;
  const out: PublicationDraft[] = [];
  const key = (p: PublicationDraft) => () => p.pub.record_key;
  const post = (title: string, at: string, fields: Parameters<typeof wechatPub>[2]) => {
    const p: PublicationDraft = { pub: wechatPub(title, at, fields) };
    out.push(p);
    return p;
  };

  const noSigner = post('吴江区开展2024年“安全生产月”宣传咨询日活动', '2024-06-16 19:30:00', { drafter: '朱婷', reviewer: '周文', signer: null });
  plants.flag(A, 'publications', 'pub/signoff-missing', key(noSigner), '微信推送未注明签发人（吴江第二十八条）');
  const noReviewer = post('汛期安全提示：这些防汛知识请收好', '2025-07-03 20:15:00', { drafter: '沈逸', reviewer: null, signer: SIGNOFF.signer });
  plants.flag(A, 'publications', 'pub/signoff-missing', key(noReviewer), '微信推送未注明审核人');

  const noSource = post('夏季电动自行车安全使用指南', '2025-05-22 18:40:00', { ...SIGNOFF, drafter: '杨帆', reviewer: '周文', is_repost: true, source: null });
  plants.flag(A, 'publications', 'pub/repost-source-missing', key(noSource), '转载未注明来源');
  const selfMedia = post('家庭燃气泄漏怎么办？一分钟教会你', '2024-11-08 19:00:00', { ...SIGNOFF, drafter: '朱婷', reviewer: '吴佳', is_repost: true, source: '百家号·安全知识小课堂' });
  plants.flag(A, 'publications', 'pub/repost-source-unofficial', key(selfMedia), '转载来源为自媒体账号，非官方渠道');
  const video = post('这些防灾避险常识关键时刻能救命', '2025-09-12 20:30:00', { ...SIGNOFF, drafter: '沈逸', reviewer: '张海峰', is_repost: true, source: '抖音@应急科普达人' });
  plants.flag(A, 'publications', 'pub/repost-source-unofficial', key(video), '转载来源为短视频个人账号');

  const govcn = post('应急管理部发布2025年全国自然灾害基本情况', '2026-01-16 18:00:00', { ...SIGNOFF, drafter: '杨帆', reviewer: '张海峰', is_repost: true, source: 'https://www.mem.gov.cn' });
  plants.clean(A, 'publications', key(govcn), '转载来源为 gov.cn 网址：官方渠道', ['pub/repost-source-unofficial', 'pub/repost-source-missing']);
  const portalItem: PublicationDraft = { pub: portalPub('工作动态', '区应急管理局召开2026年一季度安全生产形势分析会', '2026-03-24 10:10:00', null) };
  out.push(portalItem);
  plants.clean(A, 'publications', key(portalItem), '门户网站条目无拟稿人、审核人、签发人：签发要求只针对政务新媒体', ['pub/signoff-missing']);

  plants.lateOnDate(A, 'publications', 'pub/column-stale', () => '门户网站/基层动态', '2026-02-27', null, '动态栏目“基层动态”自2026年2月13日后未更新（动态栏目2周）', 'last post 2026-02-13 + 14 days');
  return out;
}
