// The OpenAPI description at /docs (JSON at /docs/json) covers every API route with its schemas; the
// error handler answers in Chinese, names fields, and hides 5xx details; the status page stays at /.
import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeOnDatabases } from '../helpers/databases.ts';
import { buildApp } from '../../server/app.ts';
import { seedFixture, testClient, type TestClient } from './helper.ts';

describeOnDatabases('server: API description and errors', (use) => {
  let client: TestClient;
  const routes: RouteOptions[] = [];
  beforeAll(async () => {
    await seedFixture(use());
    client = await testClient(use(), { onRoute: (r) => void routes.push(r) });
  });
  afterAll(() => client.app.close());

  it('serves the OpenAPI JSON at /docs/json with every API route, each with a response schema', async () => {
    const res = await client.as(null, { method: 'GET', url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.title).toBe('公开 Gongkai 接口');
    const documented = new Set(
      Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
        Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1').replace(/\/$/, '')}`),
      ),
    );
    const api = routes.filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD');
    for (const route of api) {
      const key = `${String(route.method)} ${route.url.replace(/\/$/, '')}`;
      expect(documented.has(key), key).toBe(true);
      expect(route.schema?.response, `${key} response schema`).toBeDefined();
      expect(Object.keys(route.schema!.response as object), key).toEqual(expect.arrayContaining(['400', '401', '403']));
      // Every input is declared: a GET its query string or path parameters (the session alone has none), a
      // state change its body (an upload's is multipart, described in the docs instead).
      if (route.method === 'GET' && key !== 'GET /api/session') {
        expect(route.schema?.querystring ?? route.schema?.params, `${key} input schema`).toBeDefined();
      }
      if (['POST', 'PATCH'].includes(String(route.method)) && key !== 'POST /api/imports') {
        expect(route.schema?.body, `${key} body schema`).toBeDefined();
      }
    }
    const ui = await client.as(null, { method: 'GET', url: '/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toMatch(/text\/html/);
  });

  it('answers an unknown route with a Chinese 404', async () => {
    const res = await client.as('office', { method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatch(/^未找到/);
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await client.as('office', {
      method: 'PATCH',
      url: '/api/findings/1',
      payload: '{"status": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('请求体不是有效的 JSON');
  });

  it('keeps the status page at / when the dashboard is not built', async () => {
    const app = await buildApp({ gk: use(), closeDatabaseOnExit: false, dashboardDir: path.join(tmpdir(), 'gongkai-no-dashboard') });
    try {
      const res = await app.inject({ method: 'GET', url: '/' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<h1>公开 · 政务公开合规检查</h1>');
      expect(res.body).toContain('检查发现的问题');
    } finally {
      await app.close();
    }
  });

  it('hides the details of a 500', async () => {
    const app = await buildApp({ gk: use(), closeDatabaseOnExit: false });
    app.get('/boom', async () => {
      throw new Error('password=hunter2 at db.internal');
    });
    try {
      const res = await app.inject({ method: 'GET', url: '/boom' });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual({ statusCode: 500, error: '服务器内部错误' });
      expect(res.body).not.toContain('hunter2');
    } finally {
      await app.close();
    }
  });
});
