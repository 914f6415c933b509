// Logging in and out: the cookies a session sets, the CSRF token, the rate limit, the audit trail.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnDatabases } from '../helpers/databases.ts';
import { PASSWORD, seedFixture, testClient, type TestClient } from './helper.ts';
import { LOGIN_ATTEMPTS_PER_MINUTE } from '../../server/routes/api/session/index.ts';

describeOnDatabases('server: session', (use) => {
  let client: TestClient;
  beforeAll(async () => {
    await seedFixture(use());
    client = await testClient(use());
  });
  afterAll(() => client.app.close());

  it('logs in with HttpOnly SameSite=Lax cookies and returns the user and a CSRF token', async () => {
    const res = await client.as(null, { method: 'POST', url: '/api/session', payload: { login: 'section1', password: PASSWORD } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ login: 'section1', role: 'section', roleName: '科室', agency: 'ta', section: '综合科' });
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    const cookies = res.cookies;
    const session = cookies.find((c) => c.name === 'gk_session')!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe('Lax');
    const csrf = cookies.find((c) => c.name === 'gk_csrf')!;
    expect(csrf.httpOnly).toBeFalsy();
    expect(csrf.value).toBe(body.csrfToken);

    const me = await client.app.inject({ method: 'GET', url: '/api/session', cookies: { gk_session: session.value } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.login).toBe('section1');

    // Logging out needs the CSRF token, then the cookie opens nothing.
    const noToken = await client.app.inject({ method: 'DELETE', url: '/api/session', cookies: { gk_session: session.value } });
    expect(noToken.statusCode).toBe(403);
    const out = await client.app.inject({
      method: 'DELETE',
      url: '/api/session',
      cookies: { gk_session: session.value },
      headers: { 'x-csrf-token': body.csrfToken },
    });
    expect(out.statusCode).toBe(200);
    const after = await client.app.inject({ method: 'GET', url: '/api/session', cookies: { gk_session: session.value } });
    expect(after.statusCode).toBe(401);
    expect(after.json().error).toBe('请先登录');
  });

  it('refuses a wrong password or an unknown login with the same answer, and logs both attempts', async () => {
    const wrong = await client.as(null, { method: 'POST', url: '/api/session', payload: { login: 'office', password: 'nope-nope' } });
    const unknown = await client.as(null, { method: 'POST', url: '/api/session', payload: { login: 'nobody', password: 'nope-nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error).toBe(unknown.json().error);
    const failures = await use().db.selectFrom('audit_log').select('target').where('action', '=', 'session.login-failed').execute();
    expect(failures.map((f) => f.target)).toEqual(expect.arrayContaining(['user:office', 'user:nobody']));
  });

  it('stores scrypt hashes, never the password', async () => {
    const row = await use().db.selectFrom('app_user').select('password_hash').where('login', '=', 'office').executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
  });

  it('names the missing field of a bad log-in body (400, not 500)', async () => {
    const res = await client.as(null, { method: 'POST', url: '/api/session', payload: { login: 'office' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ field: 'password' });
    expect(res.json().error).toContain('password');
  });

  it('sets security headers', async () => {
    const res = await client.as(null, { method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});

describeOnDatabases('server: log-in rate limit', (use) => {
  let client: TestClient;
  beforeAll(async () => {
    await seedFixture(use());
    client = await testClient(use());
  });
  afterAll(() => client.app.close());

  it(`answers 429 after ${LOGIN_ATTEMPTS_PER_MINUTE} attempts a minute from one address`, async () => {
    const attempt = () => client.as(null, { method: 'POST', url: '/api/session', payload: { login: 'office', password: 'guess-guess' } });
    for (let i = 0; i < LOGIN_ATTEMPTS_PER_MINUTE; i++) expect((await attempt()).statusCode).toBe(401);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toMatch(/尝试过于频繁/);
    // Even the right password waits.
    const right = await client.as(null, { method: 'POST', url: '/api/session', payload: { login: 'office', password: PASSWORD } });
    expect(right.statusCode).toBe(429);
  });
});

