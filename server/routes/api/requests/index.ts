// /api/requests: the disclosure-request register (依申请公开登记), each request with its answer deadline
// as the rules compute it (server/data/request-deadlines.ts) at the as-of date. Applicants' names are
// selected only for the office role (DESIGN.md: data minimisation); other roles get null in their place.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql, type SqlBool } from 'kysely';
import type { Static } from '@sinclair/typebox';
import { ARROW_NOTE, Page, withErrors } from '../../../schemas/common.ts';
import { RequestRow, RequestsQuery } from '../../../schemas/ledgers.ts';
import { ACCESS } from '../../../auth/roles.ts';
import { seesApplicants } from '../../../auth/scope.ts';
import { scoped } from '../../../data/scoped.ts';
import { arrowColumns, ledgerBatches, listLedger, type Conditions } from '../../../data/ledgers.ts';
import { agencyProfiles } from '../../../data/agency-relations.ts';
import { REQUEST_DEADLINE_COLUMNS, requestsWithDeadlines } from '../../../data/request-deadlines.ts';
import { checkedAsOf } from '../../../as-of.ts';
import { sendArrow, wantsArrow } from '../../../arrow.ts';

const requestsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      config: { roles: ACCESS.readData },
      schema: {
        tags: ['台账'],
        summary: '依申请公开登记（含答复期限）',
        description:
          '收到日期区间、是否已答复、办理结果、申请人类型。每件申请附规则计算的起算日、暂停工作日、原期限与答复期限、' +
          `检查日（asOf，默认今天）时的办理状态和超期工作日数。申请人姓名仅办公室可见。${ARROW_NOTE}`,
        querystring: RequestsQuery,
        response: withErrors({ 200: Page(RequestRow) }),
      },
    },
    async (request, reply) => {
      const { page, pageSize, asOf: requestedAsOf, ...q } = request.query;
      const scope = scoped(request.scope, q);
      const asOf = await checkedAsOf(app.gk.db, requestedAsOf);
      const conditions: Conditions = [];
      if (q.answered !== undefined) conditions.push(q.answered ? sql<SqlBool>`x.answered_on is not null` : sql<SqlBool>`x.answered_on is null`);
      if (q.outcome) conditions.push(sql<SqlBool>`x.outcome = ${q.outcome}`);
      if (q.applicantType) conditions.push(sql<SqlBool>`x.applicant_type = ${q.applicantType}`);
      if (q.from) conditions.push(sql<SqlBool>`x.received_on >= ${q.from}::date`);
      if (q.to) conditions.push(sql<SqlBool>`x.received_on <= ${q.to}::date`);
      // An agency that does not exist has no requests (an empty relation is the table itself, filtered to nothing).
      const source = requestsWithDeadlines(await agencyProfiles(app.gk.db, scope.agency), asOf);
      if (!source) conditions.push(sql<SqlBool>`false`);
      const query = {
        scope,
        conditions,
        hidden: seesApplicants(request.scope) ? [] : ['applicant'],
        ...(source ? { source, computed: REQUEST_DEADLINE_COLUMNS } : {}),
      };
      const columns = arrowColumns('requests', REQUEST_DEADLINE_COLUMNS);
      if (wantsArrow(request)) return sendArrow(reply, ledgerBatches(app.gk.db, 'requests', query), columns);
      return listLedger<Static<typeof RequestRow>>(app.gk.db, 'requests', query, { page, pageSize });
    },
  );
};

export default requestsRoutes;
