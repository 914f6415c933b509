// The two cookies of a session: gk_session (HttpOnly: the session token, never readable by scripts) and
// gk_csrf (readable by the dashboard's script, which echoes it in the x-csrf-token header). Both are
// SameSite=Lax and Secure whenever the request came over HTTPS.
import type { FastifyReply } from 'fastify';

export const SESSION_COOKIE = 'gk_session';
export const CSRF_COOKIE = 'gk_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const base = { path: '/', sameSite: 'lax', secure: 'auto' } as const;

export function setSessionCookies(reply: FastifyReply, session: { token: string; csrfToken: string; expiresAt: Date }): void {
  reply.setCookie(SESSION_COOKIE, session.token, { ...base, httpOnly: true, expires: session.expiresAt });
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...base, httpOnly: false, expires: session.expiresAt });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { ...base, httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, { ...base, httpOnly: false });
}
