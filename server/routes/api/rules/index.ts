// /api/rules: the rule catalogue of the agency's profile (articles, parameters, deadlines), as the 规则 page
// shows it. Without an agency (the administrator) it is every rule with its defaults.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { withErrors } from '../../../schemas/common.ts';
import { RuleCatalogue, RulesQuery } from '../../../schemas/rules.ts';
import { agencyFilter } from '../../../auth/scope.ts';
import { ruleCatalogue } from '../../../../rules/catalogue.ts';
import { resolveProfile } from '../../../../rules/profiles/index.ts';
import { notFound } from '../../../errors.ts';

const rulesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['规则'],
        summary: '规则目录（按机关的规则集）',
        querystring: RulesQuery,
        response: withErrors({ 200: RuleCatalogue }),
      },
    },
    async (request) => {
      const agency = agencyFilter(request.scope, request.query.agency);
      if (!agency) return { agency: null, profile: null, rules: ruleCatalogue() };
      const row = await app.gk.db.selectFrom('agency').select('profile').where('code', '=', agency).executeTakeFirst();
      if (!row) throw notFound(`未知机关：${agency}`);
      const profile = resolveProfile(row.profile);
      return {
        agency,
        profile: { id: profile.id, version: profile.version, name: profile.name, effectiveFrom: profile.effectiveFrom },
        rules: ruleCatalogue(profile.id),
      };
    },
  );
};

export default rulesRoutes;
