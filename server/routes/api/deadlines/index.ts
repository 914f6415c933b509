// /api/deadlines: a section's self-check (科室自查): its open items that are late or fall due within the
// next N working days, from the same deadline computation as the rules.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { withErrors } from '../../../schemas/common.ts';
import { Deadlines, DeadlinesQuery } from '../../../schemas/deadlines.ts';
import { ACCESS } from '../../../auth/roles.ts';
import { oneAgency, sectionFilter } from '../../../auth/scope.ts';
import { upcomingDeadlines } from '../../../data/deadlines.ts';
import { todayInChina } from '../../../../db/calendar/dates.ts';
import { CalendarRangeError } from '../../../../db/calendar/errors.ts';
import { badRequest, notFound } from '../../../errors.ts';

const deadlinesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      config: { roles: ACCESS.readData },
      schema: {
        tags: ['科室自查'],
        summary: '即将到期与已逾期的事项',
        querystring: DeadlinesQuery,
        response: withErrors({ 200: Deadlines }),
      },
    },
    async (request) => {
      const agency = oneAgency(request.scope, request.query.agency);
      const section = sectionFilter(request.scope, request.query.section);
      const row = await app.gk.db.selectFrom('agency').select('profile').where('code', '=', agency).executeTakeFirst();
      if (!row) throw notFound(`未知机关：${agency}`);
      const asOf = request.query.asOf ?? todayInChina();
      const within = request.query.within;
      try {
        const items = await upcomingDeadlines(app.gk.db, row.profile, { agency, section, asOf, within });
        return { agency, asOf, within, items };
      } catch (error) {
        if (error instanceof CalendarRangeError) throw badRequest(error.message, 'asOf');
        throw error;
      }
    },
  );
};

export default deadlinesRoutes;
