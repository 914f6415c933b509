// /api/inspections: start an inspection for a period (a snapshot of the open findings), list and read them,
// sign one (the leader only), set or record rectification deadlines on its findings, and download its
// record (定期检查记录) as xlsx or docx.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ErrorBody, IdParams, withErrors } from '../../../schemas/common.ts';
import {
  InspectionDetail,
  InspectionList,
  InspectionRecordQuery,
  InspectionsQuery,
  NewInspectionBody,
  RectificationBody,
  RectificationResult,
  SignBody,
} from '../../../schemas/inspections.ts';
import { ACCESS } from '../../../auth/roles.ts';
import { oneAgency } from '../../../auth/scope.ts';
import { scoped } from '../../../data/scoped.ts';
import { createInspection, findInspection, listInspections, setRectifications, signInspection } from '../../../data/inspections.ts';
import { badRequest, conflict, forbidden, notFound } from '../../../errors.ts';
import { DOCX_TYPE, sendDownload, XLSX_TYPE } from '../../../downloads.ts';
import { buildInspectionRecord, INSPECTION_RECORD_FORMATS, UnknownInspectionError } from '../../../../reports/inspection/index.ts';
import { UnknownAgencyError } from '../../../../reports/agency.ts';

const target = (id: number) => `inspection:${id}`;

const inspectionsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      config: { roles: ACCESS.readData },
      schema: { tags: ['定期检查'], summary: '检查记录列表', querystring: InspectionsQuery, response: withErrors({ 200: InspectionList }) },
    },
    async (request) => listInspections(app.gk.db, scoped(request.scope, request.query)),
  );

  app.post(
    '/',
    {
      config: { roles: ACCESS.agencyWide },
      schema: {
        tags: ['定期检查'],
        summary: '发起定期检查（快照该期间未处理的问题）',
        body: NewInspectionBody,
        response: withErrors({ 201: InspectionDetail }),
      },
    },
    async (request, reply) => {
      const { from, to } = request.body;
      if (from > to) throw badRequest('起始日期不能晚于结束日期', 'from');
      const agency = oneAgency(request.scope, request.body.agency);
      const known = await app.gk.db.selectFrom('agency').select('code').where('code', '=', agency).executeTakeFirst();
      if (!known) throw notFound(`未知机关：${agency}`);
      const created = await app.gk.db.transaction().execute(async (trx) => {
        const made = await createInspection(trx, { agency, from, to, note: request.body.note ?? null, by: request.scope.login });
        await request.audit(trx, 'inspection.create', target(made.id), { agency, from, to, findings: made.findings });
        return made;
      });
      const detail = await findInspection(app.gk.db, scoped(request.scope, {}), created.id);
      return reply.status(201).send(detail!);
    },
  );

  app.get(
    '/:id',
    {
      config: { roles: ACCESS.readData },
      schema: { tags: ['定期检查'], summary: '检查记录与问题快照', params: IdParams, response: withErrors({ 200: InspectionDetail }) },
    },
    async (request) => {
      const detail = await findInspection(app.gk.db, scoped(request.scope, {}), request.params.id);
      if (!detail) throw notFound('未找到该检查记录');
      return detail;
    },
  );

  app.get(
    '/:id/record',
    {
      config: { roles: ACCESS.readData },
      schema: {
        tags: ['定期检查'],
        summary: '导出定期检查记录（xlsx 或 docx）',
        description: '各科室问题汇总与清单、整改事项及其期限与状态、分管领导签字栏；科室用户只得到本科室的问题。',
        params: IdParams,
        querystring: InspectionRecordQuery,
        produces: [XLSX_TYPE, DOCX_TYPE],
        response: withErrors({ 200: Type.String({ description: '文件内容' }) }),
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { format, asOf } = request.query;
      const scope = scoped(request.scope, {});
      const record = await buildInspectionRecord(app.gk.db, { inspection: id, agency: scope.agency, section: scope.section, asOf }).catch(
        (error: unknown) => {
          if (error instanceof UnknownInspectionError || error instanceof UnknownAgencyError) throw notFound('未找到该检查记录');
          throw error;
        },
      );
      return sendDownload(reply, {
        type: format === 'docx' ? DOCX_TYPE : XLSX_TYPE,
        asciiName: `inspection-${id}.${format}`,
        name: `定期检查记录-${id}-${record.period.from}至${record.period.to}.${format}`,
        body: await INSPECTION_RECORD_FORMATS[format](record),
      });
    },
  );

  app.post(
    '/:id/sign',
    {
      config: { roles: ACCESS.leader },
      schema: {
        tags: ['定期检查'],
        summary: '分管领导签署检查记录',
        params: IdParams,
        body: SignBody,
        response: withErrors({ 200: InspectionDetail, 409: ErrorBody }),
      },
    },
    async (request) => {
      const scope = scoped(request.scope, {});
      const id = request.params.id;
      await app.gk.db.transaction().execute(async (trx) => {
        const signed = await signInspection(trx, scope, id, request.scope.login, request.body.note ?? null);
        if (!signed) throw notFound('未找到该检查记录');
        if (signed === 'signed') throw conflict('该检查记录已签署');
        await request.audit(trx, 'inspection.sign', target(id), { note: request.body.note ?? null });
      });
      return (await findInspection(app.gk.db, scope, id))!;
    },
  );

  app.patch(
    '/:id/rectifications',
    {
      config: { roles: ACCESS.readData },
      schema: {
        tags: ['定期检查'],
        summary: '设置整改期限或登记整改完成日期',
        description: '领导与办公室可设整改期限（rectifyBy）；科室只能登记本科室问题的整改完成日期（rectifiedOn）。',
        params: IdParams,
        body: RectificationBody,
        response: withErrors({ 200: RectificationResult }),
      },
    },
    async (request) => {
      const { findingIds, rectifyBy, rectifiedOn } = request.body;
      if (rectifyBy === undefined && rectifiedOn === undefined) throw badRequest('请给出整改期限或整改完成日期', 'rectifyBy');
      if (rectifyBy !== undefined && request.scope.role === 'section') throw forbidden('科室用户不能设置整改期限');
      const id = request.params.id;
      const updated = await app.gk.db.transaction().execute(async (trx) => {
        const n = await setRectifications(trx, scoped(request.scope, {}), id, { findingIds, rectifyBy, rectifiedOn, by: request.scope.login });
        // All or nothing: a finding not in this inspection, or not the caller's, undoes the whole change.
        if (n !== findingIds.length) throw notFound('部分问题不属于该检查记录或无权修改');
        await request.audit(trx, 'inspection.rectification', target(id), { findingIds, rectifyBy, rectifiedOn });
        return n;
      });
      return { updated };
    },
  );
};

export default inspectionsRoutes;
