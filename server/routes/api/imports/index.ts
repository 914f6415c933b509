// /api/imports: the office uploads a ledger file (multipart, size-limited, streamed to a temporary file),
// with an annual-report ledger its reports' full-text files, it goes through the same importer as
// `gongkai import`, and the agency's rules run again; the batch history; a batch's rejected rows as CSV.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { ErrorBody, IdParams, Page, withErrors } from '../../../schemas/common.ts';
import { ImportBatch, ImportsQuery, UploadFields, UploadQuery, UploadReply } from '../../../schemas/imports.ts';
import { ACCESS } from '../../../auth/roles.ts';
import { agencyFilter, oneAgency } from '../../../auth/scope.ts';
import { findBatch, listBatches, rejectsCsv } from '../../../data/imports.ts';
import { spoolBeside, spoolDirectory, spoolLedger, type SpoolDirectory } from '../../../data/upload.ts';
import { CSV_TYPE, sendDownload } from '../../../downloads.ts';
import { runCheck } from '../../../data/checks.ts';
import { importLedgerFile, type LedgerKind } from '../../../../importers/index.ts';
import { InputError } from '../../../../cli/errors.ts';
import { badRequest, HttpError, notFound } from '../../../errors.ts';

/** kind and agency from the query string, or else from form fields sent before the file. */
function uploadFields(query: Record<string, unknown>, fields: Record<string, unknown>) {
  const fromForm = (name: string) => {
    const field = fields[name] as { value?: unknown } | undefined;
    return typeof field?.value === 'string' && field.value !== '' ? field.value : undefined;
  };
  const candidate = {
    kind: query.kind ?? fromForm('kind'),
    ...((query.agency ?? fromForm('agency')) ? { agency: query.agency ?? fromForm('agency') } : {}),
  };
  const issue = Value.Errors(UploadFields, candidate).First();
  if (issue) {
    const field = issue.path.replace(/^\//, '') || 'kind';
    throw badRequest(
      field === 'kind' ? '上传字段「kind」应为 documents、requests、publications 或 annual-reports' : `上传字段「${field}」无效`,
      field,
    );
  }
  return candidate as { kind: LedgerKind; agency?: string };
}

interface SpooledLedger {
  agency: string;
  kind: LedgerKind;
  name: string;
  file: string;
}

/** The first file is the ledger, the others (an annual-report ledger's only) its reports' full texts. */
async function spoolParts(request: FastifyRequest, into: SpoolDirectory): Promise<SpooledLedger> {
  let ledger: SpooledLedger | null = null;
  for await (const part of request.parts()) {
    if (part.type !== 'file') continue;
    if (ledger) {
      if (ledger.kind !== 'annual-reports') {
        part.file.resume();
        throw badRequest('只有年度报告台账可以附带全文文件', 'texts');
      }
      await spoolBeside(part.file, part.filename, into);
    } else {
      const fields = uploadFields(request.query as Record<string, unknown>, part.fields as Record<string, unknown>);
      const agency = oneAgency(request.scope, fields.agency);
      ledger = { agency, kind: fields.kind, name: part.filename, file: await spoolLedger(part.file, part.filename, into) };
    }
    // A file over the limit arrives truncated: refuse it rather than import part of a ledger or a report.
    if (part.file.truncated) throw new HttpError(413, '上传内容超过大小限制');
  }
  if (!ledger) throw badRequest('缺少上传文件（file）', 'file');
  return ledger;
}

/** The upload through the importer, then the agency's rules again; both logged. */
async function importAndCheck(
  app: FastifyInstance,
  request: FastifyRequest,
  upload: { agency: string; kind: LedgerKind; file: string; directory: string; name: string },
) {
  let summary;
  try {
    summary = await importLedgerFile(app.gk, {
      agency: upload.agency,
      kind: upload.kind,
      file: upload.file,
      originalName: upload.name,
      user: request.scope.login,
      rejectsDir: upload.directory,
    });
  } catch (error) {
    if (error instanceof InputError) throw badRequest(error.message, 'file');
    throw error;
  }
  await request.audit(app.gk.db, 'import.upload', `batch:${summary.batchId}`, {
    agency: upload.agency,
    kind: upload.kind,
    file: upload.name,
    loaded: summary.loaded,
    updated: summary.updated,
    rejected: summary.rejected,
  });
  let check = null;
  let checkError = null;
  try {
    check = await runCheck(app.gk, { agency: upload.agency, user: request.scope.login });
    await request.audit(app.gk.db, 'check.run', `agency:${upload.agency}`, { runId: check.runId, asOf: check.asOf, after: `batch:${summary.batchId}` });
  } catch (error) {
    // The import stands; a check that cannot run (a year missing from the calendar) is reported beside it.
    if (!(error instanceof HttpError)) throw error;
    checkError = error.message;
  }
  const { rejectsFile: _serverPath, ...rest } = summary;
  return { agency: upload.agency, summary: { ...rest, file: upload.name }, check, checkError };
}

const importsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/',
    {
      config: { roles: ACCESS.office },
      schema: {
        tags: ['导入'],
        summary: '上传台账文件并导入，然后重新检查该机关',
        description:
          'multipart/form-data，字段 file 为台账文件（CSV、XLSX、JSON、Arrow）；kind、agency 可在查询参数或文件之前的表单字段中给出。' +
          '年度报告台账之后可再附全文文件（字段 texts，.docx、.html 或 .txt，可多个），台账“全文”列写其文件名。',
        consumes: ['multipart/form-data'],
        querystring: UploadQuery,
        response: withErrors({ 201: UploadReply, 413: ErrorBody, 415: ErrorBody }),
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new HttpError(415, '请以 multipart/form-data 上传文件');
      const spooled = await spoolDirectory(app.uploadDir);
      let answer;
      try {
        const ledger = await spoolParts(request, spooled);
        answer = await importAndCheck(app, request, { ...ledger, directory: spooled.directory });
      } finally {
        await spooled.remove();
      }
      return reply.status(201).send(answer);
    },
  );

  app.get(
    '/',
    {
      config: { roles: ACCESS.office },
      schema: { tags: ['导入'], summary: '导入批次记录', querystring: ImportsQuery, response: withErrors({ 200: Page(ImportBatch) }) },
    },
    async (request) => {
      const { page, pageSize, kind, agency } = request.query;
      return listBatches(app.gk.db, { agency: agencyFilter(request.scope, agency), kind }, { page, pageSize });
    },
  );

  app.get(
    '/:id/rejects',
    {
      config: { roles: ACCESS.office },
      schema: {
        tags: ['导入'],
        summary: '下载被拒绝的行（CSV，可修改后重新导入）',
        params: IdParams,
        produces: ['text/csv'],
        response: withErrors({ 200: Type.String({ description: 'UTF-8（带 BOM）CSV' }) }),
      },
    },
    async (request, reply) => {
      const batch = await findBatch(app.gk.db, request.scope.agency, request.params.id);
      if (!batch) throw notFound('未找到该导入批次');
      const base = batch.file_name.replace(/\.[^.]+$/, '');
      return sendDownload(reply, {
        type: CSV_TYPE,
        asciiName: `rejects-${batch.id}.csv`,
        name: `${base}.rejects.csv`,
        body: await rejectsCsv(app.gk.db, batch),
      });
    },
  );
};

export default importsRoutes;
