import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';

export default defineRowRule({
  meta: {
    id: 'pub/signoff-missing',
    ledger: 'publications',
    title: { zh: '新媒体发布缺少拟稿、审核或签发', en: 'New-media post lacking drafter, reviewer or signer' },
    severity: 'warning',
    articles: ['吴江规定第二十八条', '吴江规定第二十六条'],
    description: '政务新媒体发布的信息需注明拟稿人、审核人及签发人，严格履行审核程序。',
    schema: Type.Object({}),
    messages: { missing: '{{channel}}《{{title}}》（{{publishedOn}}）缺少{{lacking}}' },
  },
  create: () => {
    const blank = (column: string) => sql`nullif(btrim(coalesce(${sql.ref(`x.${column}`)}, '')), '') is null`;
    return {
      when: sql`not x.is_portal and (${blank('drafter')} or ${blank('reviewer')} or ${blank('signer')})`,
      late: 'none',
      details: sql`jsonb_build_object('channel', x.channel, 'title', x.title, 'publishedOn', x.published_on,
        'drafter', x.drafter, 'reviewer', x.reviewer, 'signer', x.signer,
        'lacking', concat_ws('、', case when ${blank('drafter')} then '拟稿人' end,
                                  case when ${blank('reviewer')} then '审核人' end,
                                  case when ${blank('signer')} then '签发人' end))`,
      messageId: 'missing',
    };
  },
});
