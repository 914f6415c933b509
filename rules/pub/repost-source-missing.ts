import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';

export default defineRowRule({
  meta: {
    id: 'pub/repost-source-missing',
    ledger: 'publications',
    title: { zh: '转载信息未注明来源', en: 'Reposted item with no source' },
    severity: 'warning',
    articles: ['吴江规定第二十八条'],
    description: '转载的信息需注明信息来源。',
    schema: Type.Object({}),
    messages: { missing: '{{channel}}转载的《{{title}}》（{{publishedOn}}）未注明来源' },
  },
  create: () => ({
    when: sql`x.is_repost and nullif(btrim(coalesce(x.source, '')), '') is null`,
    late: 'none',
    details: sql`jsonb_build_object('channel', x.channel, 'title', x.title, 'publishedOn', x.published_on)`,
    messageId: 'missing',
  }),
});
