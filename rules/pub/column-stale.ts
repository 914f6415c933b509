import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';

export default defineRowRule({
  meta: {
    id: 'pub/column-stale',
    ledger: 'columns',
    title: { zh: '网站栏目长期未更新', en: 'Website column not updated in time' },
    severity: 'warning',
    articles: ['国办秘函〔2019〕19号（政府网站检查指标）', '条例第二十三条'],
    description: '动态、要闻类栏目超过 2 周未更新，通知公告、政策文件等栏目超过 6 个月未更新，属于栏目不更新。',
    schema: Type.Object({
      dynamicPattern: Type.String({ default: '动态|要闻|新闻|工作信息|资讯', description: '动态类栏目名称' }),
      dynamicDays: Type.Integer({ default: 14, minimum: 1, description: '动态类栏目更新周期（日）' }),
      otherMonths: Type.Integer({ default: 6, minimum: 1, description: '其他栏目更新周期（月）' }),
    }),
    messages: {
      stale: '栏目“{{column}}”最近一次更新为 {{lastPublishedOn}}，应于 {{due}} 前更新，截至 {{asOf}} 未更新',
    },
  },
  create: ({ asOf, options }) => {
    const dynamic = sql`(x.column_name ~ ${options.dynamicPattern})`;
    const due = sql`(case when ${dynamic} then x.last_published_on + ${options.dynamicDays}::int
                          else (x.last_published_on + make_interval(months => ${options.otherMonths}::int))::date end)`;
    return {
      when: sql`${asOf} > ${due}`,
      due,
      late: 'actual-or-as-of',
      details: sql`jsonb_build_object('channel', x.channel, 'column', x.column_name,
        'lastPublishedOn', x.last_published_on, 'posts', x.posts, 'dynamic', ${dynamic})`,
      messageId: 'stale',
    };
  },
});
