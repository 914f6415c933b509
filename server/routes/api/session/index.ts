// /api/session: log in (POST, public, rate-limited), who am I (GET), log out (DELETE).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBody, withErrors } from '../../../schemas/common.ts';
import { LoggedOut, LoginBody, SessionReply } from '../../../schemas/session.ts';
import { DUMMY_HASH, verifyPassword } from '../../../auth/passwords.ts';
import { closeSession, openSession, type SessionUser } from '../../../auth/sessions.ts';
import { clearSessionCookies, setSessionCookies } from '../../../auth/cookies.ts';
import { ROLE_NAMES } from '../../../auth/roles.ts';
import { appendAudit } from '../../../plugins/app/audit.ts';
import { HttpError } from '../../../errors.ts';

/** Log-in attempts per client address and minute. */
export const LOGIN_ATTEMPTS_PER_MINUTE = 10;

const userReply = (user: SessionUser) => ({ ...user, roleName: ROLE_NAMES[user.role] });

const sessionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/',
    {
      config: { public: true, rateLimit: { max: LOGIN_ATTEMPTS_PER_MINUTE, timeWindow: '1 minute' } },
      schema: {
        tags: ['会话'],
        summary: '登录',
        security: [],
        body: LoginBody,
        response: withErrors({ 200: SessionReply, 429: ErrorBody }),
      },
    },
    async (request, reply) => {
      const { login, password } = request.body;
      const user = await app.gk.db
        .selectFrom('app_user')
        .select(['id', 'login', 'display_name', 'role', 'agency', 'section', 'password_hash'])
        .where('login', '=', login)
        .executeTakeFirst();
      // An unknown login costs the same hash as a known one, so timing tells nothing.
      const ok = await verifyPassword(password, user?.password_hash ?? DUMMY_HASH);
      if (!user || !ok) {
        await appendAudit(app.gk.db, { actor: null, action: 'session.login-failed', target: `user:${login}`, details: { ip: request.ip } });
        throw new HttpError(401, '登录名或密码错误');
      }
      const session = await openSession(app.gk.db, user.id, { ip: request.ip, userAgent: request.headers['user-agent'] ?? null });
      await appendAudit(app.gk.db, { actor: user.login, action: 'session.login', target: `user:${user.login}`, details: { ip: request.ip } });
      setSessionCookies(reply, session);
      const sessionUser: SessionUser = {
        id: user.id,
        login: user.login,
        displayName: user.display_name,
        role: user.role,
        agency: user.agency,
        section: user.section,
      };
      return { user: userReply(sessionUser), csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
    },
  );

  app.get(
    '/',
    { schema: { tags: ['会话'], summary: '当前用户', response: withErrors({ 200: SessionReply }) } },
    async (request) => {
      const session = request.session!;
      return { user: userReply(session.user), csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
    },
  );

  app.delete(
    '/',
    { schema: { tags: ['会话'], summary: '退出登录', response: withErrors({ 200: LoggedOut }) } },
    async (request, reply) => {
      const session = request.session!;
      await closeSession(app.gk.db, session.token);
      await request.audit(app.gk.db, 'session.logout', `user:${session.user.login}`);
      clearSessionCookies(reply);
      return { ok: true as const };
    },
  );
};

export default sessionRoutes;
