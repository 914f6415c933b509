// Authentication: reads the session cookie of each API request and decorates the request with its session
// (null when anonymous). The API's autohooks decide what an anonymous or under-privileged caller gets.
import fp from 'fastify-plugin';
import type { Role } from '../../../db/schema.ts';
import { findSession, type Session } from '../../auth/sessions.ts';
import { SESSION_COOKIE } from '../../auth/cookies.ts';

export type RequestSession = Session & { token: string };

declare module 'fastify' {
  interface FastifyRequest {
    session: RequestSession | null;
  }
  interface FastifyContextConfig {
    /** Roles admitted (default: every logged-in user). */
    roles?: readonly Role[];
    /** Open to anonymous callers (the log-in only). */
    public?: boolean;
  }
}

export default fp(
  async (app) => {
    app.decorateRequest('session', null);
    app.addHook('onRequest', async (request) => {
      if (!request.url.startsWith('/api/')) return;
      const token = request.cookies[SESSION_COOKIE];
      if (!token) return;
      const session = await findSession(app.gk.db, token);
      request.session = session ? { ...session, token } : null;
    });
  },
  { name: 'auth', dependencies: ['database', 'cookie'] },
);
