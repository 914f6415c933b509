// Schema pieces every route uses: dates, nullable values, pagination, and the error body.
import { Type, type TSchema } from '@sinclair/typebox';

export const IsoDate = Type.String({ format: 'date', description: '日期 YYYY-MM-DD' });
export const Timestamp = Type.String({ format: 'date-time' });

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const ErrorBody = Type.Object(
  {
    statusCode: Type.Integer(),
    error: Type.String({ description: '错误说明（中文）' }),
    field: Type.Optional(Type.String({ description: '出错的请求字段' })),
  },
  { title: 'Error' },
);

/** Every route answers these errors besides its own statuses (the autohooks and the error handler). */
export function withErrors<R extends Record<number, TSchema>>(responses: R) {
  return { ...responses, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 500: ErrorBody };
}

export const PageQuery = {
  page: Type.Integer({ minimum: 1, default: 1, description: '页码，从 1 开始' }),
  pageSize: Type.Integer({ minimum: 1, maximum: 1000, default: 50, description: '每页条数' }),
};

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
  });

export const AgencyQuery = Type.String({ minLength: 1, maxLength: 100, description: '机关代码' });
export const SectionQuery = Type.String({ minLength: 1, maxLength: 100, description: '科室' });

/** The day open items are judged at (overdue or not). */
export const AsOfQuery = Type.String({ format: 'date', description: '检查日：未办结事项据此判断是否逾期（默认今天）' });

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const Role = Type.Union([Type.Literal('leader'), Type.Literal('office'), Type.Literal('section'), Type.Literal('appraisal')]);

export const ARROW_NOTE = '若请求头 Accept 为 application/vnd.apache.arrow.stream，则返回全部匹配行的 Arrow IPC 流（忽略分页）。';
