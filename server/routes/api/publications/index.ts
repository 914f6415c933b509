// /api/publications: what was published on the portal and the new-media accounts.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql, type SqlBool } from 'kysely';
import type { Static } from '@sinclair/typebox';
import { ARROW_NOTE, Page, withErrors } from '../../../schemas/common.ts';
import { PublicationRow, PublicationsQuery } from '../../../schemas/ledgers.ts';
import { ACCESS } from '../../../auth/roles.ts';
import { scoped } from '../../../data/scoped.ts';
import { arrowColumns, ledgerBatches, listLedger, type Conditions } from '../../../data/ledgers.ts';
import { sendArrow, wantsArrow } from '../../../arrow.ts';

const publicationsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      config: { roles: ACCESS.readData },
      schema: {
        tags: ['台账'],
        summary: '网站与新媒体发布',
        description: `发布日期区间、渠道、是否转载、标题检索。${ARROW_NOTE}`,
        querystring: PublicationsQuery,
        response: withErrors({ 200: Page(PublicationRow) }),
      },
    },
    async (request, reply) => {
      const { page, pageSize, ...q } = request.query;
      const conditions: Conditions = [];
      if (q.channel) conditions.push(sql<SqlBool>`x.channel = ${q.channel}`);
      if (q.repost !== undefined) conditions.push(sql<SqlBool>`x.is_repost = ${q.repost}`);
      if (q.q) conditions.push(sql<SqlBool>`strpos(x.title, ${q.q}) > 0`);
      if (q.from) conditions.push(sql<SqlBool>`x.published_on >= ${q.from}::date`);
      if (q.to) conditions.push(sql<SqlBool>`x.published_on <= ${q.to}::date`);
      const query = { scope: scoped(request.scope, q), conditions };
      if (wantsArrow(request)) return sendArrow(reply, ledgerBatches(app.gk.db, 'publications', query), arrowColumns('publications'));
      return listLedger<Static<typeof PublicationRow>>(app.gk.db, 'publications', query, { page, pageSize });
    },
  );
};

export default publicationsRoutes;
