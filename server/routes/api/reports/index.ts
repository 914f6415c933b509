// /api/reports/annual/:year: the annual report's tables (parts 二, 三, 四) computed from the ledgers beside
// the published figures and their differences, and the January 31 status; /compare: its text beside
// another report's, the passages both share marked (文本比对).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { withErrors } from '../../../schemas/common.ts';
import { AnnualComparison, AnnualParams, AnnualQuery, AnnualTextComparison, AnnualTextQuery } from '../../../schemas/reports.ts';
import { ACCESS } from '../../../auth/roles.ts';
import { oneAgency } from '../../../auth/scope.ts';
import { annualComparison } from '../../../data/annual-report.ts';
import { annualTextComparison } from '../../../data/annual-text-comparison.ts';
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

  app.get(
    '/annual/:year/compare',
    {
      config: { roles: ACCESS.agencyWide },
      schema: {
        tags: ['年度报告'],
        summary: '年度报告文本比对：与雷同问题所比对的报告（或上一份、指定的报告）并列，标出共有片段',
        params: AnnualParams,
        querystring: AnnualTextQuery,
        response: withErrors({ 200: AnnualTextComparison }),
      },
    },
    async (request) => {
      const { agency: requested, with: other, withYear } = request.query;
      const agency = oneAgency(request.scope, requested);
      return annualTextComparison(app.gk.db, { agency, year: request.params.year, with: other, withYear, callerAgency: request.scope.agency });
    },
  );
};

export default reportsRoutes;
