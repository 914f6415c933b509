// Errors a handler throws to answer with a 4xx status and a Chinese message; the one error handler
// (error-handler.ts) turns them, and Fastify's own, into the API's error body.
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    /** The request field at fault, when there is one (for a form to point at). */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (message: string, field?: string) => new HttpError(400, message, field);
export const unauthorized = () => new HttpError(401, '请先登录');
export const forbidden = (message = '无权访问此资源') => new HttpError(403, message);
export const notFound = (message = '未找到该资源') => new HttpError(404, message);
export const conflict = (message: string) => new HttpError(409, message);
