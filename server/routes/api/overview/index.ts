// /api/overview: the 总览 page's counts for a period, within the caller's scope.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { withErrors } from '../../../schemas/common.ts';
import { Overview, OverviewQuery } from '../../../schemas/overview.ts';
import { scoped } from '../../../data/scoped.ts';
import { overview } from '../../../data/overview.ts';

const overviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['总览'],
        summary: '问题统计：按规则、科室、月份、状态、严重程度',
        querystring: OverviewQuery,
        response: withErrors({ 200: Overview }),
      },
    },
    async (request) => overview(app.gk.db, { ...request.query, ...scoped(request.scope, request.query) }),
  );
};

export default overviewRoutes;
