// /api/appraisal/:year: the year's appraisal of the agency's sections (考核), the findings behind one
// deduction, and the evaluation sheet (考核评分表) as an Excel download; read-only.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { withErrors } from '../../../schemas/common.ts';
import { AppraisalParams, AppraisalQuery, AppraisalReply, DeductionFindings, DeductionFindingsQuery } from '../../../schemas/appraisal.ts';
import { ACCESS } from '../../../auth/roles.ts';
import { oneAgency, type Scope } from '../../../auth/scope.ts';
import { appraisal, deductionFindings } from '../../../data/appraisal.ts';
import { notFound } from '../../../errors.ts';
import { sendDownload, XLSX_TYPE } from '../../../downloads.ts';
import { exportEvaluation } from '../../../../reports/evaluation/index.ts';
import { findAgency, UnknownAgencyError, type AgencyRef } from '../../../../reports/agency.ts';
import { PassThrough } from 'node:stream';
import { Type } from '@sinclair/typebox';

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
    async (request) => appraisal(app.gk.db, (await knownAgency(request.scope, request.query.agency)).code, request.params.year),
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
      const agency = (await knownAgency(request.scope, request.query.agency)).code;
      const found = await deductionFindings(app.gk.db, agency, request.params.year, request.query.section ?? null, request.query.deduction);
      if (!found) throw notFound('未找到该扣分项');
      return found;
    },
  );

  app.get(
    '/:year/evaluation',
    {
      config: { roles: ACCESS.appraisal },
      schema: {
        tags: ['考核'],
        summary: '导出考核评分表（xlsx）',
        description:
          '与 gongkai export evaluation 相同：评分汇总（公式计算）、扣分计算、问题清单（每项扣分所依据的问题）、评分标准；' +
          '边生成边发送。',
        params: AppraisalParams,
        querystring: AppraisalQuery,
        produces: [XLSX_TYPE],
        response: withErrors({ 200: Type.String({ description: '文件内容' }) }),
      },
    },
    async (request, reply) => {
      const agency = await knownAgency(request.scope, request.query.agency);
      const { year } = request.params;
      const body = new PassThrough();
      // Streamed as it is written; a failure midway can only cut the download short, so it is logged and
      // ends the body with the error (the browser reports a failed download).
      exportEvaluation(app.gk.db, { year, agency: agency.code, output: { stream: body } }).catch((error: unknown) => {
        request.log.error({ err: error }, '考核评分表导出失败');
        body.destroy(error as Error);
      });
      return sendDownload(reply, {
        type: XLSX_TYPE,
        asciiName: `evaluation-${agency.code}-${year}.xlsx`,
        name: `${agency.name}${year}年度考核评分表.xlsx`,
        body,
      });
    },
  );

  async function knownAgency(scope: Scope, requested: string | undefined): Promise<AgencyRef> {
    const code = oneAgency(scope, requested);
    return findAgency(app.gk.db, code).catch((error: unknown) => {
      if (error instanceof UnknownAgencyError) throw notFound(`未知机关：${code}`);
      throw error;
    });
  }
};

export default appraisalRoutes;
