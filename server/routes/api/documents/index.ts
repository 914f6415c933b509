// /api/documents: the government-information ledger (政府信息台账), filtered, paged, or as Arrow.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql, type SqlBool } from 'kysely';
import type { Static } from '@sinclair/typebox';
import { ARROW_NOTE, Page, withErrors } from '../../../schemas/common.ts';
import { DocumentRow, DocumentsQuery } from '../../../schemas/ledgers.ts';
import { ACCESS } from '../../../auth/roles.ts';
import { scoped } from '../../../data/scoped.ts';
import { arrowColumns, ledgerBatches, listLedger, type Conditions } from '../../../data/ledgers.ts';
import { sendArrow, wantsArrow } from '../../../arrow.ts';

const documentsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      config: { roles: ACCESS.readData },
      schema: {
        tags: ['台账'],
        summary: '政府信息台账',
        description: `形成日期区间、公开属性（未标注：无属性）、是否已发布、标题或文号检索。${ARROW_NOTE}`,
        querystring: DocumentsQuery,
        response: withErrors({ 200: Page(DocumentRow) }),
      },
    },
    async (request, reply) => {
      const { page, pageSize, ...q } = request.query;
      const conditions: Conditions = [];
      if (q.attribute) conditions.push(q.attribute === '未标注' ? sql<SqlBool>`x.attribute is null` : sql<SqlBool>`x.attribute = ${q.attribute}`);
      if (q.kind) conditions.push(sql<SqlBool>`x.kind = ${q.kind}`);
      if (q.category) conditions.push(sql<SqlBool>`x.category = ${q.category}`);
      if (q.published !== undefined) conditions.push(q.published ? sql<SqlBool>`x.published_on is not null` : sql<SqlBool>`x.published_on is null`);
      if (q.q) conditions.push(sql<SqlBool>`(strpos(x.title, ${q.q}) > 0 or strpos(coalesce(x.doc_no, ''), ${q.q}) > 0)`);
      if (q.from) conditions.push(sql<SqlBool>`x.formed_on >= ${q.from}::date`);
      if (q.to) conditions.push(sql<SqlBool>`x.formed_on <= ${q.to}::date`);
      const query = { scope: scoped(request.scope, q), conditions };
      if (wantsArrow(request)) return sendArrow(reply, ledgerBatches(app.gk.db, 'documents', query), arrowColumns('documents'));
      return listLedger<Static<typeof DocumentRow>>(app.gk.db, 'documents', query, { page, pageSize });
    },
  );
};

export default documentsRoutes;
