// /api/overview: the 总览 page's counts for a period, within the caller's scope, and each section's on-time
// rate at the as-of date (server/data/on-time.ts). The rates read whole ledgers, so they are kept until
// an import, a calendar load or a profile change (server/data/versioned-memo.ts).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { withErrors } from '../../../schemas/common.ts';
import { Overview, OverviewQuery } from '../../../schemas/overview.ts';
import { scoped } from '../../../data/scoped.ts';
import { overview } from '../../../data/overview.ts';
import { onTimeBySection } from '../../../data/on-time.ts';
import { agencyProfiles } from '../../../data/agency-relations.ts';
import { checkedAsOf } from '../../../as-of.ts';
import { dataVersion, VersionedMemo } from '../../../data/versioned-memo.ts';

const overviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const onTimeMemo = new VersionedMemo<Awaited<ReturnType<typeof onTimeBySection>>>();
  app.get(
    '/',
    {
      schema: {
        tags: ['总览'],
        summary: '问题统计：按规则、科室、月份、状态、严重程度；各科室按期率',
        querystring: OverviewQuery,
        response: withErrors({ 200: Overview }),
      },
    },
    async (request) => {
      const { asOf: requestedAsOf, ...query } = request.query;
      const filter = { ...query, ...scoped(request.scope, query) };
      const [asOf, version] = await Promise.all([checkedAsOf(app.gk.db, requestedAsOf), dataVersion(app.gk.db)]);
      const key = JSON.stringify([filter.agency, filter.section, filter.from ?? null, filter.to ?? null, asOf]);
      const [counts, onTime] = await Promise.all([
        overview(app.gk.db, filter),
        onTimeMemo.get(version, key, async () => onTimeBySection(app.gk.db, await agencyProfiles(app.gk.db, filter.agency), { ...filter, asOf })),
      ]);
      return { ...counts, onTime };
    },
  );
};

export default overviewRoutes;
