// Guards the whole /api/ subtree, before any body is read or validated: an anonymous caller gets 401 (the
// log-in alone is public), a role the route does not admit gets 403, and a state change (POST, PUT,
// PATCH, DELETE) must carry the session's CSRF token in x-csrf-token or gets 403.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CSRF_HEADER } from '../../auth/cookies.ts';
import { forbidden, unauthorized } from '../../errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function guardApi(request: FastifyRequest): void {
  const config = request.routeOptions.config;
  if (config.public) return;
  const session = request.session;
  if (!session) throw unauthorized();
  if (config.roles && !config.roles.includes(session.user.role)) throw forbidden('当前角色无权执行此操作');
  if (!SAFE_METHODS.has(request.method)) {
    const given = request.headers[CSRF_HEADER];
    if (typeof given !== 'string' || !sameToken(given, session.csrfToken)) {
      throw forbidden('缺少或无效的 CSRF 令牌（x-csrf-token），请刷新页面后重试');
    }
  }
}

export default async function autohooks(app: FastifyInstance): Promise<void> {
  app.addHook('onRequest', async (request) => guardApi(request));
}
