// A bureau's WeChat account (政务新媒体): holiday safety tips, news mirrored from the portal, notices
// linked to their document by 文号 (after the portal, as Wujiang's 第十四条 wants), and reposts from
// official channels. Wujiang's rules (第二十八条) want drafter, reviewer and signer on every post.
import { addDays, type WorkCalendar } from './calendar.ts';
import type { AgencyContext, Draft, PublicationDraft } from './documents.ts';
import type { PublicationRow } from './model.ts';
import { Rng } from './random.ts';
import { SAFETY_TIPS, fill, pickSeasonal, type Seasonal } from './vocab.ts';

export interface WechatOptions {
  drafters: readonly string[];
  reviewers: readonly string[];
  signer: string;
  /** Share of posts where the signer was never recorded (Putuo does not check it). */
  missingSignerRate: number;
  sources: readonly string[];
  first: string;
  last: string;
}

const HOLIDAY_LABEL: Record<string, string> = {
  元旦: '元旦',
  春节: '春节',
  清明: '清明',
  劳动节: '“五一”',
  端午: '端午',
  中秋: '中秋',
  国庆节: '国庆',
};

const REPOST_TITLES: readonly Seasonal[] = [
  ['应急管理部发布{lastYear}年{lastMonth}月全国自然灾害情况', null],
  ['国务院安委会办公室部署{theme}', null],
  ['国家防总启动防汛四级应急响应', [6, 7, 8, 9]],
  ['{year}年全国“安全生产月”活动主题发布', [4, 5]],
  ['权威发布｜应急管理部召开新闻发布会', null],
  ['一图读懂｜{x}', null],
];

const REPOST_THEMES = ['节假日安全防范工作', '城镇燃气安全专项整治', '重大事故隐患排查整治', '有限空间作业安全管理'];
const INFOGRAPHICS = ['生产经营单位安全培训规定', '安全生产治本攻坚三年行动', '自然灾害救助条例', '应急避难场所管理办法'];

function time(rng: Rng, evening: boolean): string {
  const h = evening ? rng.int(17, 21) : rng.int(7, 11);
  return `${String(h).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00`;
}

export function wechatPub(title: string, at: string, opts: Partial<PublicationRow> = {}): PublicationRow {
  return {
    record_key: '',
    channel: '微信公众号',
    column: null,
    title,
    published_at: at,
    url: null,
    doc_no: null,
    drafter: null,
    reviewer: null,
    signer: null,
    is_repost: false,
    source: null,
    ...opts,
  };
}

/** The first day of each holiday, with its name. */
function holidayStarts(cal: WorkCalendar, first: string, last: string): { day: string; name: string }[] {
  const out: { day: string; name: string }[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) {
    const name = cal.holidayName(d);
    if (!name || cal.isWorkday(d)) continue;
    const prev = addDays(d, -1);
    if (cal.holidayName(prev) && !cal.isWorkday(prev)) continue;
    out.push({ day: d, name });
  }
  return out;
}

export function wechatPosts(ctx: AgencyContext, drafts: readonly Draft[], opts: WechatOptions): PublicationDraft[] {
  const rng = new Rng(`${ctx.code}:wechat`);
  const { cal } = ctx;
  const out: PublicationDraft[] = [];
  const signed = (p: PublicationRow): PublicationRow => {
    p.drafter = rng.pick(opts.drafters);
    p.reviewer = rng.pick(opts.reviewers);
    p.signer = rng.chance(opts.missingSignerRate) ? null : opts.signer;
    return p;
  };

  // Safety tips on the eve of every holiday, posted on the last day before it.
  for (const { day, name } of holidayStarts(cal, opts.first, opts.last)) {
    const label = HOLIDAY_LABEL[name] ?? name;
    out.push({ pub: signed(wechatPub(`${label}假期安全提示`, `${addDays(day, -1)} ${time(rng, true)}`)) });
  }

  // News and notices that went to the portal; never before it.
  for (const { doc } of drafts) {
    if (!doc.published_on || doc.channel !== '门户网站' || doc.attribute !== '主动公开') continue;
    if (doc.column === '工作动态' && rng.chance(0.45)) {
      const day = rng.chance(0.7) ? doc.published_on : addDays(doc.published_on, 1);
      if (day <= opts.last) out.push({ pub: signed(wechatPub(doc.title, `${day} ${time(rng, true)}`)) });
    } else if (doc.docPrefix && ['通知公告', '应急预案', '政策文件'].includes(doc.column ?? '') && rng.chance(0.3)) {
      const day = rng.chance(0.6) ? doc.published_on : cal.wd(doc.published_on, rng.int(1, 3));
      if (day <= opts.last) out.push({ doc, pub: signed(wechatPub(doc.title, `${day} ${time(rng, true)}`)) });
    }
  }

  // Reposts and everyday tips, a few a week.
  for (let week = opts.first; week <= opts.last; week = addDays(week, 7)) {
    for (let i = rng.count(0.9); i > 0; i--) {
      const day = addDays(week, rng.int(0, 6));
      if (day > opts.last) continue;
      const year = Number(day.slice(0, 4));
      const month = Number(day.slice(5, 7));
      const title = fill(pickSeasonal(rng, REPOST_TITLES, month), {
        year,
        lastYear: month === 1 ? year - 1 : year,
        lastMonth: month === 1 ? 12 : month - 1,
        theme: rng.pick(REPOST_THEMES),
        x: rng.pick(INFOGRAPHICS),
      });
      out.push({ pub: signed(wechatPub(title, `${day} ${time(rng, rng.chance(0.5))}`, { is_repost: true, source: rng.pick(opts.sources) })) });
    }
    for (let i = rng.count(0.5); i > 0; i--) {
      const day = addDays(week, rng.int(0, 6));
      if (day > opts.last) continue;
      const title = pickSeasonal(rng, SAFETY_TIPS, Number(day.slice(5, 7)));
      out.push({ pub: signed(wechatPub(title, `${day} ${time(rng, true)}`)) });
    }
  }
  return out;
}
