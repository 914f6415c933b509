// /api/appraisal/:year: the year's appraisal of the agency's sections (考核), read-only.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { withErrors } from '../../../schemas/common.ts';
import { AppraisalParams, AppraisalQuery, AppraisalReply } from '../../../schemas/appraisal.ts';
import { ACCESS } from '../../../auth/roles.ts';
import { oneAgency } from '../../../auth/scope.ts';
import { appraisal } from '../../../data/appraisal.ts';
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
    async (request) => {
      const agency = oneAgency(request.scope, request.query.agency);
      const known = await app.gk.db.selectFrom('agency').select('code').where('code', '=', agency).executeTakeFirst();
      if (!known) throw notFound(`未知机关：${agency}`);
      return appraisal(app.gk.db, agency, request.params.year);
    },
  );
};

export default appraisalRoutes;
