// The documents ledger both bureaus keep (政府信息台账): the kinds of information an emergency-management
// bureau produces, how often, and the clean path each row takes (formed → sent to the office →
// confidentiality review → leader approval → portal). Bureau files add their planted rows on top.
import { addDays, maxDate, type WorkCalendar } from './calendar.ts';
import type { Attribute, AgencyCode, DocumentRow, PublicationRow } from './model.ts';
import { emptyDocument } from './model.ts';
import type { PlantBook } from './plants.ts';
import { Rng } from './random.ts';
import {
  DISASTER_TOPICS,
  FLOOD_TOPICS,
  INTERNAL_ITEMS,
  MEETINGS,
  ON_REQUEST_ITEMS,
  POLICY_SCHEMES,
  PREPLANS,
  REQUEST_ITEMS,
  SAFETY_THEMES,
  TYPHOONS,
  company,
  fill,
  pickActivity,
  pickSeasonal,
  type Place,
} from './vocab.ts';

export interface AgencyContext {
  code: AgencyCode;
  place: Place;
  cal: WorkCalendar;
  asOf: string;
  plants: PlantBook;
  /** Record-key prefix of the source system: PTYJ, WJYJ. */
  keyPrefix: string;
  /** 文号 prefixes: 普应急, 普应急罚, 普应急函. */
  docPrefixes: { main: string; penalty: string; letter: string };
  /** The catalogue's organisation code, the first half of an index number. */
  orgCode: string;
  portalBase: string;
  /** Whether the ledger records the day a section sent the item to the office (Putuo's 15 + 5 flow). */
  hasSubmission: boolean;
  sections: {
    office: string;
    legal: string;
    emergency: string;
    safety: string;
    chemicals: string;
    flood: string;
    disaster: string;
    enforcement: string;
  };
  /** How an export spells 不予公开 (Putuo's own rules say 免于公开). */
  withheldText: (rng: Rng) => string;
  /** First and last month of the ledger. */
  firstMonth: string;
  lastFormed: string;
}

/** A draft row plus what the generator needs to finish it. */
export interface Draft {
  doc: DocumentRow;
  /** Skip the clean timeline: a planted row sets its own dates. */
  planted?: boolean;
  /** Publish without an index number (planted doc/index-number-missing). */
  noIndex?: boolean;
  /** Post a policy interpretation on the portal when the document is published. */
  interpretation?: boolean;
}

export const COLUMN_SLUGS: Record<string, string> = {
  工作动态: 'gzdt',
  基层动态: 'jcdt',
  通知公告: 'tzgg',
  政策文件: 'zcwj',
  政策解读: 'zcjd',
  行政处罚: 'xzcf',
  行政许可: 'xzxk',
  应急预案: 'yjya',
  统计信息: 'tjxx',
  财政资金: 'czzj',
  政务公开: 'zwgk',
  规划计划: 'ghjh',
  防汛防台: 'fxft',
  防汛防旱: 'fxfh',
};

interface DocKind {
  name: string;
  /** Expected count in a month (1–12). */
  rate: (month: number) => number;
  /** Any day (activities happen at weekends too), or workdays only. */
  anyDay?: boolean;
  make: (ctx: AgencyContext, rng: Rng, formed: string) => Draft;
}

function months(first: string, lastDay: string): { year: number; month: number }[] {
  const out: { year: number; month: number }[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  while (`${y}-${String(m).padStart(2, '0')}-01` <= lastDay) {
    out.push({ year: y, month: m });
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

function monthDays(year: number, month: number, lastDay: string): string[] {
  const out: string[] = [];
  for (let d = `${year}-${String(month).padStart(2, '0')}-01`; d.slice(0, 7) === `${year}-${String(month).padStart(2, '0')}` && d <= lastDay; d = addDays(d, 1)) {
    out.push(d);
  }
  return out;
}

const quarterOf = (day: string) => Math.ceil(Number(day.slice(5, 7)) / 3);

function base(ctx: AgencyContext, formed: string, partial: Partial<DocumentRow> & Pick<DocumentRow, 'section' | 'title'>): DocumentRow {
  return emptyDocument({ formed_on: formed, ...partial });
}

/** The kinds of information, with monthly rates. Rates are per bureau-month; `scale` thins Wujiang a little. */
function docKinds(scale: number): DocKind[] {
  const s = (n: number) => n * scale;
  return [
    {
      name: 'penalty',
      rate: () => s(4.5),
      make: (ctx, rng, formed) => ({
        doc: base(ctx, formed, {
          section: ctx.sections.enforcement,
          title: `行政处罚决定书（${company(rng, ctx.place)}）`,
          category: '行政处罚',
          docPrefix: ctx.docPrefixes.penalty,
          column: '行政处罚',
        }),
      }),
    },
    {
      name: 'case-file',
      rate: () => s(0.8),
      make: (ctx, rng, formed) => ({
        doc: base(ctx, formed, {
          section: ctx.sections.enforcement,
          title: `${company(rng, ctx.place)}安全生产违法案件调查终结报告`,
          category: '行政处罚',
          attribute: '不予公开',
          attribute_text: ctx.withheldText(rng),
          exempt_reason: '行政执法过程中形成的案卷材料',
          exempt_basis: '《中华人民共和国政府信息公开条例》第十六条第二款（行政执法案卷）',
        }),
      }),
    },
    {
      name: 'news',
      rate: () => s(5),
      anyDay: true,
      make: (ctx, rng, formed) => {
        const year = formed.slice(0, 4);
        const month = Number(formed.slice(5, 7));
        if (rng.chance(0.4)) {
          const title = `${ctx.place.bureau}${fill(pickSeasonal(rng, MEETINGS, month), { year })}`;
          return { doc: base(ctx, formed, { section: ctx.sections.office, title, kind: '非公文', column: '工作动态' }) };
        }
        const { activity, role } = pickActivity(rng, month);
        const title = `${rng.pick(ctx.place.streets)}${activity}`;
        return { doc: base(ctx, formed, { section: ctx.sections[role], title, kind: '非公文', column: '工作动态' }) };
      },
    },
    {
      name: 'safety-notice',
      rate: () => s(1.6),
      make: (ctx, rng, formed) => ({
        doc: base(ctx, formed, {
          section: ctx.sections.safety,
          title: `关于开展${pickSeasonal(rng, SAFETY_THEMES, Number(formed.slice(5, 7)))}的通知`,
          docPrefix: ctx.docPrefixes.main,
          column: '通知公告',
        }),
      }),
    },
    {
      name: 'flood-notice',
      rate: (m) => (m >= 4 && m <= 10 ? s(1.8) : s(0.25)),
      make: (ctx, rng, formed) => {
        const year = formed.slice(0, 4);
        const month = Number(formed.slice(5, 7));
        const typhoons = TYPHOONS[year] ?? [];
        const title =
          month >= 7 && month <= 10 && typhoons.length > 0 && rng.chance(0.4)
            ? `关于做好台风“${rng.pick(typhoons)}”防御工作的紧急通知`
            : fill(pickSeasonal(rng, FLOOD_TOPICS, month), { year });
        return { doc: base(ctx, formed, { section: ctx.sections.flood, title, docPrefix: ctx.docPrefixes.main, column: '通知公告' }) };
      },
    },
    {
      name: 'preplan',
      rate: () => s(0.5),
      make: (ctx, rng, formed) => {
        const year = formed.slice(0, 4);
        const plan = rng.pick(PREPLANS);
        const title = rng.chance(0.5)
          ? `关于印发《${ctx.place.district}${plan}（${year}年修订）》的通知`
          : `关于开展${year}年${plan.replace('应急预案', '')}应急演练的通知`;
        return { doc: base(ctx, formed, { section: ctx.sections.emergency, title, docPrefix: ctx.docPrefixes.main, column: '应急预案' }) };
      },
    },
    {
      name: 'disaster',
      rate: (m) => (m === 5 || m === 7 || m === 11 ? s(1.2) : s(0.35)),
      make: (ctx, rng, formed) => ({
        doc: base(ctx, formed, {
          section: ctx.sections.disaster,
          title: fill(pickSeasonal(rng, DISASTER_TOPICS, Number(formed.slice(5, 7))), { year: formed.slice(0, 4) }),
          docPrefix: ctx.docPrefixes.main,
          column: '通知公告',
        }),
      }),
    },
    {
      name: 'policy',
      rate: () => s(0.4),
      make: (ctx, rng, formed) => ({
        doc: base(ctx, formed, {
          section: rng.pick([ctx.sections.safety, ctx.sections.emergency, ctx.sections.legal]),
          title: `关于印发《${ctx.place.district}${rng.pick(POLICY_SCHEMES)}》的通知`,
          docPrefix: ctx.docPrefixes.main,
          column: '政策文件',
        }),
        interpretation: rng.chance(0.4),
      }),
    },
    {
      name: 'permit-list',
      rate: () => s(0.9),
      make: (ctx, _rng, formed) => ({
        doc: base(ctx, formed, {
          section: ctx.sections.chemicals,
          title: `危险化学品经营许可证核发信息公示（${formed.slice(0, 4)}年${Number(formed.slice(5, 7))}月）`,
          kind: '非公文',
          category: '行政许可',
          column: '行政许可',
        }),
      }),
    },
    {
      name: 'chemicals-notice',
      rate: () => s(0.6),
      make: (ctx, rng, formed) => ({
        doc: base(ctx, formed, {
          section: ctx.sections.chemicals,
          title: rng.pick([
            '关于开展危险化学品安全风险隐患排查的通知',
            '关于加强危险化学品经营企业安全管理的通知',
            '关于做好危险化学品运输车辆停车场安全管理的通知',
            '关于开展油气储存企业安全检查的通知',
          ]),
          docPrefix: ctx.docPrefixes.main,
          column: '通知公告',
        }),
      }),
    },
    {
      name: 'stats',
      rate: () => s(1),
      make: (ctx, _rng, formed) => {
        // Formed early in a month, about the month before.
        const y = Number(formed.slice(0, 4));
        const m = Number(formed.slice(5, 7));
        const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
        return {
          doc: base(ctx, formed, {
            section: ctx.sections.office,
            title: `${py}年${pm}月${ctx.place.district}生产安全事故情况通报`,
            kind: '非公文',
            column: '统计信息',
          }),
        };
      },
    },
    {
      name: 'request-for-instructions',
      rate: () => s(0.6),
      make: (ctx, rng, formed) => ({
        doc: base(ctx, formed, {
          section: rng.pick([ctx.sections.office, ctx.sections.emergency, ctx.sections.flood, ctx.sections.enforcement]),
          title: fill(rng.pick(REQUEST_ITEMS), { year: formed.slice(0, 4), district: ctx.place.district }),
          attribute: '不予公开',
          attribute_text: ctx.withheldText(rng),
          exempt_reason: '向上级机关的请示，属于过程性信息',
          exempt_basis: '《中华人民共和国政府信息公开条例》第十六条第二款（请示报告）',
          docPrefix: ctx.docPrefixes.main,
        }),
      }),
    },
    {
      name: 'internal',
      rate: () => s(0.35),
      make: (ctx, rng, formed) => ({
        doc: base(ctx, formed, {
          section: ctx.sections.office,
          title: rng.pick(INTERNAL_ITEMS),
          attribute: '不予公开',
          attribute_text: ctx.withheldText(rng),
          exempt_reason: '机关内部管理信息',
          exempt_basis: '《中华人民共和国政府信息公开条例》第十六条第一款（内部事务信息）',
          docPrefix: ctx.docPrefixes.main,
        }),
      }),
    },
    {
      name: 'on-request',
      rate: () => s(1),
      make: (ctx, rng, formed) => {
        const title = fill(rng.pick(ON_REQUEST_ITEMS), {
          year: formed.slice(0, 4),
          quarter: quarterOf(formed),
          street: rng.pick(ctx.place.streets),
          company: company(rng, ctx.place),
        });
        const letter = title.endsWith('的函');
        return {
          doc: base(ctx, formed, {
            section: rng.pick([ctx.sections.safety, ctx.sections.chemicals, ctx.sections.enforcement, ctx.sections.flood]),
            title,
            kind: letter ? '公文' : '非公文',
            attribute: '依申请公开',
            docPrefix: letter ? ctx.docPrefixes.letter : null,
          }),
        };
      },
    },
  ];
}

/** Documents that come once a year, on their season. */
function yearlyDocs(ctx: AgencyContext, rng: Rng, year: number): Draft[] {
  const { cal } = ctx;
  const org = ctx.place.fullName;
  const on = (month: number, day: number) => cal.onOrAfter(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  const drafts: Draft[] = [
    {
      doc: base(ctx, on(1, 8 + rng.int(0, 5)), {
        section: ctx.sections.office,
        title: `${org}${year - 1}年政府信息公开工作年度报告`,
        kind: '非公文',
        column: '政务公开',
      }),
    },
    {
      doc: base(ctx, on(2, 18 + rng.int(0, 6)), {
        section: ctx.sections.office,
        title: `${org}${year}年部门预算`,
        kind: '非公文',
        column: '财政资金',
      }),
    },
    {
      doc: base(ctx, on(3, 10 + rng.int(0, 8)), {
        section: ctx.sections.office,
        title: `${org}${year}年政务公开工作要点`,
        docPrefix: ctx.docPrefixes.main,
        column: '政务公开',
      }),
    },
    {
      doc: base(ctx, on(2, 26 + rng.int(0, 2)), {
        section: ctx.sections.enforcement,
        title: `${org}${year}年度安全生产监督检查计划`,
        docPrefix: ctx.docPrefixes.main,
        column: '规划计划',
      }),
    },
    {
      doc: base(ctx, on(5, 12 + rng.int(0, 6)), {
        section: ctx.sections.safety,
        title: `关于开展${year}年“安全生产月”活动的通知`,
        docPrefix: ctx.docPrefixes.main,
        column: '通知公告',
      }),
    },
    {
      doc: base(ctx, on(8, 20 + rng.int(0, 6)), {
        section: ctx.sections.office,
        title: `${org}${year - 1}年部门决算`,
        kind: '非公文',
        column: '财政资金',
      }),
    },
    {
      doc: base(ctx, on(9, 2 + rng.int(0, 6)), {
        section: ctx.sections.office,
        title: `${org}政府信息公开指南（${year}年版）`,
        kind: '非公文',
        column: '政务公开',
      }),
    },
    {
      doc: base(ctx, on(12, 10 + rng.int(0, 6)), {
        section: ctx.sections.emergency,
        title: `关于做好${year + 1}年元旦春节期间安全防范工作的通知`,
        docPrefix: ctx.docPrefixes.main,
        column: '通知公告',
      }),
    },
  ];
  return drafts;
}

/** The ledger's ordinary rows: month by month, every kind at its rate, each on a clean path. */
export function ordinaryDocuments(ctx: AgencyContext, scale: number): Draft[] {
  const rng = new Rng(`${ctx.code}:documents`);
  const drafts: Draft[] = [];
  const kinds = docKinds(scale);
  const firstYear = Number(ctx.firstMonth.slice(0, 4));
  for (let year = firstYear; year <= Number(ctx.lastFormed.slice(0, 4)); year++) {
    for (const d of yearlyDocs(ctx, rng, year)) if (d.doc.formed_on <= ctx.lastFormed) drafts.push(d);
  }
  for (const { year, month } of months(ctx.firstMonth, ctx.lastFormed)) {
    const days = monthDays(year, month, ctx.lastFormed);
    const workdays = days.filter((d) => ctx.cal.isWorkday(d));
    for (const kind of kinds) {
      const n = rng.count(kind.rate(month));
      for (let i = 0; i < n; i++) {
        // Statistics are formed in the first working week; the rest anywhere in the month.
        const pool = kind.name === 'stats' ? workdays.slice(0, 5) : kind.anyDay ? days : workdays;
        if (pool.length === 0) continue;
        drafts.push(kind.make(ctx, rng, rng.pick(pool)));
      }
    }
  }
  for (const d of drafts) cleanTimeline(ctx, rng, d);
  return drafts;
}

/**
 * The clean path: sent to the office within 1–12 working days (Putuo), reviewed and approved, then
 * published on the portal within the limits (5 after submission, 20 after forming). A row whose turn
 * would come after the as-of date simply is not there yet (and is not yet due).
 */
export function cleanTimeline(ctx: AgencyContext, rng: Rng, draft: Draft): void {
  const { cal, asOf } = ctx;
  const d = draft.doc;
  const fc = maxDate(d.formed_on, d.changed_on)!;
  if (ctx.hasSubmission) {
    const own = d.section === ctx.sections.office;
    const s = own ? cal.onOrAfter(fc) : cal.wd(fc, rng.weighted([[1, 3], [2, 4], [3, 4], [4, 3], [5, 3], [6, 2], [7, 2], [8, 2], [9, 1], [10, 1], [12, 1]]));
    d.submitted_on = s <= asOf ? s : null;
  }
  if (d.attribute !== '主动公开') return;
  if (ctx.hasSubmission && !d.submitted_on) return;
  const from = ctx.hasSubmission ? d.submitted_on! : fc;
  const j = ctx.hasSubmission ? rng.int(1, 4) : d.kind === '非公文' ? rng.int(1, 5) : rng.int(2, 15);
  publishClean(ctx, rng, draft, from, j);
}

/** Reviewed, approved and published on the portal `j` working days after `from`. */
export function publishClean(ctx: AgencyContext, rng: Rng, draft: Draft, from: string, j: number): void {
  const { cal, asOf } = ctx;
  const d = draft.doc;
  const published = cal.wd(from, j);
  if (published > asOf) return;
  const first = cal.isWorkday(from) ? 0 : 1;
  const reviewed = cal.wd(from, rng.int(first, Math.max(first, j)));
  const approved = cal.wd(reviewed, rng.int(0, cal.between(reviewed, published)));
  d.reviewed_on = reviewed;
  d.reviewer = rng.pick(ctx.place.reviewers);
  d.approved_on = approved;
  d.approved_by = rng.pick(ctx.place.leaders);
  d.published_on = published;
  d.channel = '门户网站';
  if (d.category === '行政规范性文件') d.interpretation_published_on = published;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Gives every row its record key and 文号 (in the order the documents were formed), its index number and
 * URL (in the order they were published). Stable: the same drafts always get the same keys.
 */
export function finishDocuments(ctx: AgencyContext, drafts: Draft[]): DocumentRow[] {
  const ordered = drafts.map((d, i) => ({ d, i })).sort((a, b) => (a.d.doc.formed_on < b.d.doc.formed_on ? -1 : a.d.doc.formed_on > b.d.doc.formed_on ? 1 : a.i - b.i));
  const keySeq = new Map<string, number>();
  const noSeq = new Map<string, number>();
  for (const { d } of ordered) {
    const year = d.doc.formed_on.slice(0, 4);
    const k = (keySeq.get(year) ?? 0) + 1;
    keySeq.set(year, k);
    d.doc.record_key = `${ctx.keyPrefix}-${year}-${pad(k, 4)}`;
    if (d.doc.docPrefix && !d.doc.doc_no) {
      const series = `${d.doc.docPrefix}:${year}`;
      const n = (noSeq.get(series) ?? 0) + 1;
      noSeq.set(series, n);
      d.doc.doc_no = `${d.doc.docPrefix}〔${year}〕${n}号`;
    }
  }
  const published = ordered.filter(({ d }) => d.doc.published_on).sort((a, b) => (a.d.doc.published_on! < b.d.doc.published_on! ? -1 : a.d.doc.published_on! > b.d.doc.published_on! ? 1 : a.i - b.i));
  const indexSeq = new Map<string, number>();
  let urlSeq = 0;
  for (const { d } of published) {
    const doc = d.doc;
    const year = doc.published_on!.slice(0, 4);
    if (doc.attribute === '主动公开' && !d.noIndex) {
      const n = (indexSeq.get(year) ?? 0) + 1;
      indexSeq.set(year, n);
      doc.index_no = `${ctx.orgCode}/${year}-${pad(n, 5)}`;
    }
    urlSeq++;
    const slug = COLUMN_SLUGS[doc.column ?? '通知公告'] ?? 'tzgg';
    doc.url ??= `${ctx.portalBase}/${slug}/${doc.published_on!.replaceAll('-', '')}/${pad(urlSeq + 1000, 5)}.html`;
  }
  return ordered.map(({ d }) => d.doc);
}

const portalTime = (rng: Rng) => `${pad(rng.int(9, 16), 2)}:${pad(rng.int(0, 59), 2)}:${pad(rng.int(0, 59), 2)}`;

export interface PublicationDraft {
  pub: PublicationRow;
  /** Links to a document; its 文号 is filled in once documents are numbered. */
  doc?: DocumentRow;
}

/** One portal item for every document published on the portal, plus its interpretation where it has one. */
export function portalItemsForDocuments(ctx: AgencyContext, drafts: Draft[]): PublicationDraft[] {
  const rng = new Rng(`${ctx.code}:portal-items`);
  const out: PublicationDraft[] = [];
  for (const draft of drafts) {
    const d = draft.doc;
    if (!d.published_on || d.channel !== '门户网站') continue;
    const time = portalTime(rng);
    out.push({ doc: d, pub: portalPub(d.column ?? '通知公告', d.title, `${d.published_on} ${time}`, d.url) });
    const interpretation = d.interpretation_published_on ?? (draft.interpretation ? d.published_on : null);
    if (interpretation) {
      const name = /《(.+)》/.exec(d.title)?.[1] ?? d.title;
      out.push({ pub: portalPub('政策解读', `《${name}》政策解读`, `${interpretation} ${time}`, null) });
    }
  }
  return out;
}

export function portalPub(column: string, title: string, publishedAt: string, url: string | null): PublicationRow {
  return {
    record_key: '',
    channel: '门户网站',
    column,
    title,
    published_at: publishedAt,
    url,
    doc_no: null,
    drafter: null,
    reviewer: null,
    signer: null,
    is_repost: false,
    source: null,
  };
}

/** Record keys by channel and time; 文号 from the linked document; URLs for items that have none. */
export function finishPublications(ctx: AgencyContext, drafts: PublicationDraft[], prefix: string): PublicationRow[] {
  const rng = new Rng(`${ctx.code}:publication-urls`);
  const ordered = drafts.map((p, i) => ({ p, i })).sort((a, b) => (a.p.pub.published_at < b.p.pub.published_at ? -1 : a.p.pub.published_at > b.p.pub.published_at ? 1 : a.i - b.i));
  const seq = new Map<string, number>();
  for (const { p } of ordered) {
    const code = p.pub.channel === '门户网站' ? 'WZ' : 'WX';
    const n = (seq.get(code) ?? 0) + 1;
    seq.set(code, n);
    p.pub.record_key = `${prefix}-${code}-${pad(n, 5)}`;
    if (p.doc) p.pub.doc_no = p.doc.doc_no;
    if (!p.pub.url) {
      p.pub.url =
        p.pub.channel === '门户网站'
          ? `${ctx.portalBase}/${COLUMN_SLUGS[p.pub.column ?? ''] ?? 'qt'}/${p.pub.published_at.slice(0, 10).replaceAll('-', '')}/${pad(n + 50000, 6)}.html`
          : `https://mp.weixin.qq.com/s/${rng.token(22)}`;
    }
  }
  return ordered.map(({ p }) => p.pub);
}

/** Helper for planted rows: a document with the given dates and nothing random. */
export function plantedDocument(ctx: AgencyContext, partial: Partial<DocumentRow> & Pick<DocumentRow, 'section' | 'title' | 'formed_on'>): Draft {
  const doc = emptyDocument({ channel: null, ...partial });
  if (doc.published_on && !partial.channel) doc.channel = '门户网站';
  if (doc.published_on && partial.reviewed_on === undefined) {
    doc.reviewed_on = doc.published_on;
  }
  if (doc.reviewed_on && !doc.reviewer) doc.reviewer = ctx.place.reviewers[0]!;
  if (doc.published_on && partial.approved_on === undefined) doc.approved_on = doc.published_on;
  if (doc.approved_on && !doc.approved_by) doc.approved_by = ctx.place.leaders[1]!;
  if (doc.category === '行政规范性文件' && doc.published_on && partial.interpretation_published_on === undefined) {
    doc.interpretation_published_on = doc.published_on;
  }
  return { doc, planted: true };
}

export type { Attribute };
