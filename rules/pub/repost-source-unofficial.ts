import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';

/**
 * Official sources: government bodies, party and congress organs, state media, gov.cn addresses. The fire and
 * rescue service's accounts are named after their place alone (中国消防, 江苏消防), hence `消防$`.
 */
export const OFFICIAL_SOURCE_PATTERN = [
  '人民政府', '政府', '国务院', '办公厅', '办公室', '委员会', '管理局', '局$', '厅$', '部$', '委$', '署$', '中心$',
  '应急管理', '消防救援', '消防$', '气象', '水利', '党委', '人大', '政协', '新华社', '新华网', '人民日报', '人民网',
  '央视', '中央广播电视总台', '中国政府网', '光明日报', '经济日报', '求是', '学习强国', '日报', '融媒体中心',
  'gov\\.cn', '发布$',
].join('|');

/** Names that end like an organ but are not one: clubs, training businesses, companies, private accounts. */
export const UNOFFICIAL_SOURCE_PATTERN = '俱乐部|培训|公司|网友|自媒体|个人|工作室|营销';

export default defineRowRule({
  meta: {
    id: 'pub/repost-source-unofficial',
    ledger: 'publications',
    title: { zh: '转载来源非官方渠道', en: 'Reposted from an unofficial source' },
    severity: 'warning',
    articles: ['吴江规定第二十八条'],
    description: '转载的信息来源必须为官方渠道（政府机关、党政机关、中央和地方官方媒体等）。',
    schema: Type.Object({
      officialPattern: Type.String({ default: OFFICIAL_SOURCE_PATTERN, description: '官方来源的正则表达式' }),
      unofficialPattern: Type.String({
        default: UNOFFICIAL_SOURCE_PATTERN,
        description: '即使名称像官方也视为非官方来源的正则表达式',
      }),
    }),
    messages: { unofficial: '{{channel}}转载的《{{title}}》来源“{{source}}”不是官方渠道' },
  },
  create: ({ options }) => ({
    when: sql`x.is_repost and nullif(btrim(coalesce(x.source, '')), '') is not null
              and (not (btrim(x.source) ~ ${options.officialPattern}) or btrim(x.source) ~ ${options.unofficialPattern})`,
    late: 'none',
    details: sql`jsonb_build_object('channel', x.channel, 'title', x.title, 'source', x.source,
      'publishedOn', x.published_on)`,
    messageId: 'unofficial',
  }),
});
