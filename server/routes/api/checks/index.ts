// /api/checks: re-run the agency's rules for an as-of date (default today), persisting the findings (a
// finding found again keeps its status; one no longer found is marked resolved by the data).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { withErrors } from '../../../schemas/common.ts';
import { CheckBody, CheckResult } from '../../../schemas/rules.ts';
import { ACCESS } from '../../../auth/roles.ts';
import { oneAgency } from '../../../auth/scope.ts';
import { runCheck } from '../../../data/checks.ts';
import { notFound } from '../../../errors.ts';

const checksRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/',
    {
      config: { roles: ACCESS.agencyWide },
      schema: {
        tags: ['检查'],
        summary: '重新运行规则检查',
        body: CheckBody,
        response: withErrors({ 200: CheckResult }),
      },
    },
    async (request) => {
      const agency = oneAgency(request.scope, request.body.agency);
      const known = await app.gk.db.selectFrom('agency').select('code').where('code', '=', agency).executeTakeFirst();
      if (!known) throw notFound(`未知机关：${agency}`);
      const result = await runCheck(app.gk, { ...request.body, agency, user: request.scope.login });
      await request.audit(app.gk.db, 'check.run', `agency:${agency}`, {
        runId: result.runId,
        asOf: result.asOf,
        from: request.body.from ?? null,
        to: request.body.to ?? null,
        findings: result.findings,
      });
      return result;
    },
  );
};

export default checksRoutes;
