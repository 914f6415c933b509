// The website and new-media ledger (网站与新媒体发布记录) of one agency: the portal's items for its
// documents and WeChat posts of them (from the documents ledger), news in the portal's columns, original
// WeChat posts and reposts — sign-off and sources planted missing at RATES, and for some agencies a
// column that stops being updated.
import { OFFICIAL_SOURCE_PATTERN } from '../../rules/pub/repost-source-unofficial.ts';
import type { Agency } from './agencies.ts';
import { isoOf } from './calendar.ts';
import type { CsvWriter } from './csv.ts';
import { DaySampler, type GenContext } from './context.ts';
import type { LinkedPost } from './documents.ts';
import { RATES, ruleOptionsUnder } from './plants.ts';
import { Rng } from './random.ts';
import { newsTitle, OFFICIAL_SOURCES, UNOFFICIAL_SOURCES } from './vocab.ts';

export const PUBLICATION_COLUMNS: readonly (readonly [zh: string, en: string])[] = [
  ['记录编号', 'record_key'], ['渠道', 'channel'], ['栏目', 'column_name'], ['标题', 'title'], ['发布时间', 'published_at'],
  ['链接', 'url'], ['文号', 'doc_no'], ['拟稿人', 'drafter'], ['审核人', 'reviewer'], ['签发人', 'signer'],
  ['是否转载', 'is_repost'], ['来源', 'source'],
];

interface Post {
  day: number;
  minute: number;
  channel: '门户网站' | '微信公众号';
  column: string | null;
  title: string;
  docNo: string | null;
  drafter: string | null;
  reviewer: string | null;
  signer: string | null;
  repost: boolean;
  source: string | null;
}

const KINDS = [['工作动态', 40], ['通知公告', 8], ['统计信息', 6], ['政策解读', 6], ['wechat', 25], ['repost', 15]] as const;
const OFFICIAL = new RegExp(OFFICIAL_SOURCE_PATTERN);
const TOKEN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** date + n calendar months, clamped to the month's end (as PostgreSQL's date + interval). */
function addMonths(day: number, months: number): number {
  const [y, m, d] = isoOf(day).split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(y, m - 1 + months, Math.min(d, last)) / 86_400_000);
}

export async function generatePublications(
  ctx: GenContext,
  agency: Agency,
  documents: number,
  linked: LinkedPost[],
  out: CsvWriter,
): Promise<void> {
  const { cal, asOf, expected } = ctx;
  const R = RATES.publications;
  const rng = new Rng(ctx.seed, `publications:${agency.code}`);
  const sampler = new DaySampler(ctx);
  const posts: Post[] = [];
  const signoff = (): Pick<Post, 'drafter' | 'reviewer' | 'signer'> => {
    const s: Pick<Post, 'drafter' | 'reviewer' | 'signer'> = { drafter: rng.pick(agency.editors), reviewer: rng.pick(agency.reviewers), signer: rng.pick(agency.leaders) };
    if (rng.chance(R.signoffMissing)) s[rng.pick(['drafter', 'reviewer', 'signer'] as const)] = null;
    return s;
  };

  for (const p of linked) {
    const portal = p.channel === '门户网站';
    posts.push({
      day: p.day,
      minute: portal ? rng.int(8 * 60, 18 * 60) : rng.int(7 * 60, 22 * 60),
      channel: p.channel,
      column: p.column,
      title: p.title,
      docNo: p.docNo,
      ...(portal ? { drafter: null, reviewer: null, signer: null } : signoff()),
      repost: false,
      source: null,
    });
  }

  const stale = rng.chance(R.columnStale) ? { column: rng.pick(['工作动态', '统计信息']), cutoff: asOf - rng.int(60, 400) } : null;
  const news = Math.max(Math.round(documents * 0.15), 30);
  for (let i = 0; i < news; i++) {
    const kind = rng.weighted(KINDS);
    const portal = kind !== 'wechat' && kind !== 'repost';
    let day = sampler.sample(rng, portal ? 0.9 : 0.7);
    if (stale && kind === stale.column && day > stale.cutoff) day = stale.cutoff - rng.int(0, 30);
    const iso = isoOf(day);
    const title = newsTitle(rng, agency.dept, portal ? kind : rng.pick(['工作动态', '政策解读', '通知公告']), agency.district, Number(iso.slice(0, 4)), Number(iso.slice(5, 7)));
    if (portal) {
      posts.push({ day, minute: rng.int(8 * 60, 18 * 60), channel: '门户网站', column: kind, title, docNo: null, drafter: null, reviewer: null, signer: null, repost: false, source: null });
    } else {
      const repost = kind === 'repost';
      let source: string | null = null;
      if (repost) {
        source = rng.chance(R.repostSourceMissing) ? null : rng.chance(R.repostSourceUnofficial) ? rng.pick(UNOFFICIAL_SOURCES) : rng.pick(OFFICIAL_SOURCES);
      }
      posts.push({ day, minute: rng.int(7 * 60, 22 * 60), channel: '微信公众号', column: null, title, docNo: null, ...signoff(), repost, source });
    }
  }
  posts.sort((a, b) => a.day - b.day || a.minute - b.minute);

  // The findings these values must produce (rules/pub/*).
  const stalePattern = new RegExp(String(ruleOptionsUnder(agency.profile, 'pub/column-stale').dynamicPattern));
  const staleOptions = ruleOptionsUnder(agency.profile, 'pub/column-stale') as { dynamicDays: number; otherMonths: number };
  const lastByColumn = new Map<string, number>();
  for (const p of posts) {
    if (p.channel === '门户网站' && p.column !== null) lastByColumn.set(p.column, Math.max(lastByColumn.get(p.column) ?? 0, p.day));
    if (p.channel !== '门户网站' && (p.drafter === null || p.reviewer === null || p.signer === null)) expected.add(agency.code, 'pub/signoff-missing');
    if (p.repost && p.source === null) expected.add(agency.code, 'pub/repost-source-missing');
    if (p.repost && p.source !== null && !OFFICIAL.test(p.source)) expected.add(agency.code, 'pub/repost-source-unofficial');
  }
  for (const [column, last] of lastByColumn) {
    const due = stalePattern.test(column) ? last + staleOptions.dynamicDays : addMonths(last, staleOptions.otherMonths);
    if (asOf > due) expected.add(agency.code, 'pub/column-stale');
  }

  const code = agency.code.toUpperCase();
  let portalSeq = 0;
  let wechatSeq = 0;
  for (const p of posts) {
    const portal = p.channel === '门户网站';
    const key = portal ? `${code}-WZ-${String(++portalSeq).padStart(6, '0')}` : `${code}-WX-${String(++wechatSeq).padStart(6, '0')}`;
    const time = `${String(Math.floor(p.minute / 60)).padStart(2, '0')}:${String(p.minute % 60).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
    let url = '';
    if (portal) url = `${agency.site}/${p.column === '工作动态' ? 'gzdt' : 'xxgk'}/${cal.isoOf(p.day).replace(/-/g, '')}/${portalSeq}.html`;
    else for (url = 'https://mp.weixin.qq.com/s/'; url.length < 49; ) url += TOKEN[rng.int(0, TOKEN.length - 1)];
    await out.row([
      key, p.channel, p.column, p.title, `${cal.isoOf(p.day)} ${time}`, url, p.docNo, p.drafter, p.reviewer, p.signer,
      p.repost ? '是' : '否', p.source,
    ]);
  }
}
