// /api/findings: the list (JSON pages or Arrow), one finding with its rule and "why", and a status change
// (who, when and the note kept on the finding, the change appended to audit_log), and the list exported as
// xlsx or CSV.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ARROW_NOTE, IdParams, Page, withErrors } from '../../../schemas/common.ts';
import { Finding, FindingDetail, FindingStatusBody, FindingsExportQuery, FindingsQuery } from '../../../schemas/findings.ts';
import { findingsCsv, findingsXlsx } from '../../../data/findings-export.ts';
import { todayInChina } from '../../../../db/calendar/dates.ts';
import { Type } from '@sinclair/typebox';
import { ACCESS } from '../../../auth/roles.ts';
import { scoped } from '../../../data/scoped.ts';
import {
  findFinding,
  findingBatches,
  findingJson,
  findingTarget,
  listFindings,
  setFindingStatus,
} from '../../../data/findings.ts';
import { whyOf } from '../../../data/why.ts';
import { isoTimestampOrThrow } from '../../../data/timestamps.ts';
import { RULES } from '../../../../rules/index.ts';
import { sendArrow, wantsArrow } from '../../../arrow.ts';
import { CSV_TYPE, sendDownload, XLSX_TYPE } from '../../../downloads.ts';
import { badRequest, forbidden, notFound } from '../../../errors.ts';

const ARROW_COLUMNS = {
  id: 'int32',
  agency: 'utf8',
  rule: 'utf8',
  ruleTitle: 'utf8',
  severity: 'utf8',
  subjectKind: 'utf8',
  subject: 'utf8',
  section: 'utf8',
  due: 'date',
  actual: 'date',
  lateWorkdays: 'int32',
  message: 'utf8',
  status: 'utf8',
  statusBy: 'utf8',
  statusAt: 'utf8',
  resolvedByData: 'bool',
} as const;

const findingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      config: { roles: ACCESS.readData },
      schema: {
        tags: ['问题'],
        summary: '问题清单',
        description: `按机关、科室、规则、严重程度、状态、期限区间筛选。${ARROW_NOTE}`,
        querystring: FindingsQuery,
        response: withErrors({ 200: Page(Finding) }),
      },
    },
    async (request, reply) => {
      const { page, pageSize, ...filters } = request.query;
      const filter = { ...filters, ...scoped(request.scope, filters) };
      if (wantsArrow(request)) return sendArrow(reply, findingBatches(app.gk.db, filter), ARROW_COLUMNS);
      return listFindings(app.gk.db, filter, { page, pageSize });
    },
  );

  app.get(
    '/export',
    {
      config: { roles: ACCESS.readData },
      schema: {
        tags: ['问题'],
        summary: '导出问题清单（xlsx 或 CSV）',
        description: '筛选条件同问题清单，导出全部匹配的问题；以 =、+、-、@ 开头的单元格加单引号，防止公式注入。',
        querystring: FindingsExportQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
        response: withErrors({ 200: Type.String({ description: '文件内容' }) }),
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const filter = { ...filters, ...scoped(request.scope, filters) };
      return sendDownload(reply, {
        type: format === 'csv' ? CSV_TYPE : XLSX_TYPE,
        asciiName: `findings.${format}`,
        name: `问题清单-${todayInChina()}.${format}`,
        body: format === 'csv' ? findingsCsv(app.gk.db, filter) : findingsXlsx(app.gk.db, filter),
      });
    },
  );

  app.get(
    '/:id',
    {
      config: { roles: ACCESS.readData },
      schema: {
        tags: ['问题'],
        summary: '问题详情（证据、规则、依据与说明）',
        params: IdParams,
        response: withErrors({ 200: FindingDetail }),
      },
    },
    async (request) => {
      const found = await findFinding(app.gk.db, scoped(request.scope, {}), request.params.id);
      if (!found) throw notFound('未找到该问题');
      const { row, history } = found;
      const rule = RULES[row.rule];
      return {
        ...findingJson(row),
        details: (row.details ?? {}) as Record<string, unknown>,
        profile: row.profile,
        profileVersion: row.profile_version,
        why: whyOf(row.message, rule),
        ruleInfo: {
          id: row.rule,
          title: rule?.meta.title ?? { zh: row.rule, en: row.rule },
          articles: rule?.meta.articles ?? [],
          description: rule?.meta.description ?? '',
        },
        history: history.map((h) => ({ at: isoTimestampOrThrow(h.at), actor: h.actor, action: h.action, details: h.details })),
      };
    },
  );

  app.patch(
    '/:id',
    {
      config: { roles: ACCESS.readData },
      schema: {
        tags: ['问题'],
        summary: '更改问题状态（整改、说明、豁免）',
        description: '说明（explained）与豁免（waived）须附备注；科室用户不能豁免。',
        params: IdParams,
        body: FindingStatusBody,
        response: withErrors({ 200: Finding }),
      },
    },
    async (request) => {
      const { status } = request.body;
      const note = request.body.note?.trim() || null;
      if ((status === 'explained' || status === 'waived') && !note) throw badRequest('说明或豁免须填写备注', 'note');
      if (status === 'waived' && request.scope.role === 'section') throw forbidden('科室用户不能豁免问题');
      const scope = scoped(request.scope, {});
      const id = request.params.id;
      await app.gk.db.transaction().execute(async (trx) => {
        const change = await setFindingStatus(trx, scope, id, { status, note, by: request.scope.login });
        if (!change) throw notFound('未找到该问题');
        await request.audit(trx, 'finding.status', findingTarget(id), { ...change, note });
      });
      const found = await findFinding(app.gk.db, scope, id);
      return findingJson(found!.row);
    },
  );
};

export default findingsRoutes;
