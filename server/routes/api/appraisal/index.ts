// /api/appraisal/:year: the year's appraisal of the agency's sections (考核), and the findings behind one
// deduction; read-only.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { withErrors } from '../../../schemas/common.ts';
import { AppraisalParams, AppraisalQuery, AppraisalReply, DeductionFindings, DeductionFindingsQuery } from '../../../schemas/appraisal.ts';
import { ACCESS } from '../../../auth/roles.ts';
import { oneAgency, type Scope } from '../../../auth/scope.ts';
import { appraisal, deductionFindings } from '../../../data/appraisal.ts';
import { notFound } from '../../../errors.ts';

const appraisalRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/:year',
    {
      config: { roles: ACCESS.appraisal },
      schema: {
        tags: ['考核'],
        summary: '年度考核：各科室得分与问题计数',
        params: AppraisalParams,
        querystring: AppraisalQuery,
        response: withErrors({ 200: AppraisalReply }),
      },
    },
    async (request) => appraisal(app.gk.db, await knownAgency(request.scope, request.query.agency), request.params.year),
  );

  app.get(
    '/:year/findings',
    {
      config: { roles: ACCESS.appraisal },
      schema: {
        tags: ['考核'],
        summary: '某一扣分项计入的问题',
        description: '只读：列出该年度评分中某科室某扣分项所依据的问题，考核角色也可查看。',
        params: AppraisalParams,
        querystring: DeductionFindingsQuery,
        response: withErrors({ 200: DeductionFindings }),
      },
    },
    async (request) => {
      const agency = await knownAgency(request.scope, request.query.agency);
      const found = await deductionFindings(app.gk.db, agency, request.params.year, request.query.section ?? null, request.query.deduction);
      if (!found) throw notFound('未找到该扣分项');
      return found;
    },
  );

  async function knownAgency(scope: Scope, requested: string | undefined): Promise<string> {
    const agency = oneAgency(scope, requested);
    const known = await app.gk.db.selectFrom('agency').select('code').where('code', '=', agency).executeTakeFirst();
    if (!known) throw notFound(`未知机关：${agency}`);
    return agency;
  }
};

export default appraisalRoutes;
