// The API's one error handler: a schema violation is a 400 that names the offending field (never a 500),
// a 4xx keeps its (Chinese) message, and a 5xx is logged in full but answered with no detail.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './errors.ts';

interface ValidationIssue {
  instancePath?: string;
  keyword?: string;
  params?: Record<string, unknown>;
  message?: string;
}

const PLACES: Record<string, string> = {
  body: '请求体',
  querystring: '查询参数',
  params: '路径参数',
  headers: '请求头',
};

/** `status` from `/status`, `items.0.id` from `/items/0/id`, or the missing property's name. */
export function fieldOf(issue: ValidationIssue): string {
  const path = (issue.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  const missing = issue.params?.missingProperty;
  if (typeof missing === 'string') return path ? `${path}.${missing}` : missing;
  const extra = issue.params?.additionalProperty;
  if (typeof extra === 'string') return path ? `${path}.${extra}` : extra;
  return path || '(整体)';
}

function problemOf(issue: ValidationIssue): string {
  const p = issue.params ?? {};
  switch (issue.keyword) {
    case 'required':
      return '缺少必填项';
    case 'additionalProperties':
      return '不允许的字段';
    case 'type':
      return `类型应为 ${String(p.type)}`;
    case 'format':
      return p.format === 'date' ? '日期格式应为 YYYY-MM-DD' : `格式应为 ${String(p.format)}`;
    case 'enum':
    case 'anyOf':
    case 'const':
      return '取值不在允许范围内';
    case 'minimum':
    case 'exclusiveMinimum':
      return `不能小于 ${String(p.limit)}`;
    case 'maximum':
    case 'exclusiveMaximum':
      return `不能大于 ${String(p.limit)}`;
    case 'minLength':
      return `长度不能少于 ${String(p.limit)}`;
    case 'maxLength':
      return `长度不能超过 ${String(p.limit)}`;
    case 'pattern':
      return '格式不正确';
    case 'minItems':
      return `至少需要 ${String(p.limit)} 项`;
    case 'maxItems':
      return `最多 ${String(p.limit)} 项`;
    default:
      return '取值无效';
  }
}

export function errorHandler(this: FastifyInstance, error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.validation && error.validation.length > 0) {
    const issue = error.validation[0] as ValidationIssue;
    const field = fieldOf(issue);
    const place = PLACES[error.validationContext ?? ''] ?? '请求';
    return reply.status(400).send({ statusCode: 400, error: `${place}「${field}」${problemOf(issue)}`, field });
  }
  if (error instanceof HttpError) {
    return reply.status(error.statusCode).send({ statusCode: error.statusCode, error: error.message, ...(error.field ? { field: error.field } : {}) });
  }
  const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    return reply.status(status).send({ statusCode: status, error: '服务器内部错误' });
  }
  return reply.status(status).send({ statusCode: status, error: fastifyMessage(error, status) });
}

/** Fastify's and its plugins' own 4xx errors (bad JSON, too large, wrong content type), in Chinese. */
function fastifyMessage(error: FastifyError, status: number): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return '请求体不是有效的 JSON';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return '不支持的请求内容类型';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return '上传内容超过大小限制';
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return '请以 multipart/form-data 上传文件';
  }
  if (status === 429) return error.message;
  if (status === 404) return '未找到该资源';
  if (status === 413) return '上传内容超过大小限制';
  if (status === 415) return '不支持的请求内容类型';
  return '请求无效';
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  return reply.status(404).send({ statusCode: 404, error: `未找到：${request.method} ${request.url.split('?')[0]}` });
}
