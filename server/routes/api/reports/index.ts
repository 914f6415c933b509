// /api/reports/annual/:year: the annual report's tables (parts 二, 三, 四) computed from the ledgers beside
// the published figures and their differences, and the January 31 status.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { withErrors } from '../../../schemas/common.ts';
import { AnnualComparison, AnnualParams, AnnualQuery } from '../../../schemas/reports.ts';
import { ACCESS } from '../../../auth/roles.ts';
import { oneAgency } from '../../../auth/scope.ts';
import { annualComparison } from '../../../data/annual-report.ts';
import { todayInChina } from '../../../../db/calendar/dates.ts';
import { notFound } from '../../../errors.ts';

const reportsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/annual/:year',
    {
      config: { roles: ACCESS.agencyWide },
      schema: {
        tags: ['年度报告'],
        summary: '年度报告：台账计算值与已发布数据对照',
        params: AnnualParams,
        querystring: AnnualQuery,
        response: withErrors({ 200: AnnualComparison }),
      },
    },
    async (request) => {
      const agency = oneAgency(request.scope, request.query.agency);
      const known = await app.gk.db.selectFrom('agency').select('code').where('code', '=', agency).executeTakeFirst();
      if (!known) throw notFound(`未知机关：${agency}`);
      return annualComparison(app.gk.db, agency, request.params.year, request.query.asOf ?? todayInChina());
    },
  );
};

export default reportsRoutes;
