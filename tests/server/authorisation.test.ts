// Route by route: every /api/ route registered (collected with an onRoute hook, so a new route cannot be
// missed) answers 401 to an anonymous caller (the log-in alone excepted), 403 or 404 to a section user
// asking for another section's (or agency's) data, and 403 to a state change without the CSRF token.
import type { InjectOptions, RouteOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Role } from '../../db/schema.ts';
import { describeOnDatabases } from '../helpers/databases.ts';
import { createInspection } from '../../server/data/inspections.ts';
import { AGENCY_A, AGENCY_B, SECTION_2, USERS, seedFixture, testClient, type TestClient, type UserName } from './helper.ts';

interface ApiRoute {
  method: string;
  url: string;
  roles: readonly Role[] | undefined;
  isPublic: boolean;
}

interface Ids {
  /** A finding of section 2 of agency A. */
  otherSectionFinding: number;
  /** An inspection of agency B. */
  otherAgencyInspection: number;
  /** An inspection of agency A. */
  ownInspection: number;
  /** An import batch of agency B. */
  otherAgencyBatch: number;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

/** The URL with its parameters filled in with harmless values (for the anonymous and CSRF checks). */
function fill(url: string): string {
  return url.replace(':id', '1').replace(':year', '2024');
}

/**
 * What a section user of agency A, section 1, asks for that is not theirs, per route; every route must
 * have an entry. 'own' marks routes about the caller alone (their session).
 */
function foreignRequests(ids: Ids): Record<string, Omit<InjectOptions, 'method'> | 'own'> {
  const otherSection = { query: { section: SECTION_2 } };
  return {
    'POST /api/session': 'own',
    'GET /api/session': 'own',
    'DELETE /api/session': 'own',
    'GET /api/users': { query: { agency: AGENCY_A } },
    'POST /api/users': { payload: { login: 'intruder', role: 'office', password: 'long-enough-1' } },
    'GET /api/findings': { url: '/api/findings', ...otherSection },
    'GET /api/findings/export': { url: '/api/findings/export', ...otherSection },
    'GET /api/findings/:id': { url: `/api/findings/${ids.otherSectionFinding}` },
    'PATCH /api/findings/:id': { url: `/api/findings/${ids.otherSectionFinding}`, payload: { status: 'rectified' } },
    'GET /api/documents': otherSection,
    'GET /api/requests': otherSection,
    'GET /api/publications': otherSection,
    'POST /api/imports': { query: { kind: 'documents' } },
    'GET /api/imports': {},
    'GET /api/imports/:id/rejects': { url: `/api/imports/${ids.otherAgencyBatch}/rejects` },
    'POST /api/checks': { payload: {} },
    'GET /api/rules': { query: { agency: AGENCY_B } },
    'GET /api/reports/annual/:year': {},
    'GET /api/reports/annual/:year/compare': { query: { with: AGENCY_B } },
    'GET /api/appraisal/:year': {},
    'GET /api/appraisal/:year/findings': { query: { deduction: 'late-answer' } },
    'GET /api/appraisal/:year/evaluation': {},
    'GET /api/inspections': { query: { agency: AGENCY_B } },
    'POST /api/inspections': { payload: { from: '2024-01-01', to: '2024-12-31' } },
    'GET /api/inspections/:id': { url: `/api/inspections/${ids.otherAgencyInspection}` },
    'GET /api/inspections/:id/record': { url: `/api/inspections/${ids.otherAgencyInspection}/record` },
    'POST /api/inspections/:id/sign': { url: `/api/inspections/${ids.ownInspection}/sign`, payload: {} },
    'PATCH /api/inspections/:id/rectifications': {
      url: `/api/inspections/${ids.ownInspection}/rectifications`,
      payload: { findingIds: [ids.otherSectionFinding], rectifiedOn: '2025-01-10' },
    },
    'GET /api/overview': otherSection,
    'GET /api/deadlines': otherSection,
  };
}

/** A user the route admits, so that a 403 can only come from the missing CSRF token. */
function admittedUser(route: ApiRoute): UserName {
  const candidates: UserName[] = ['office', 'leader', 'section1', 'appraisal'];
  return candidates.find((u) => !route.roles || route.roles.includes(USERS[u].role))!;
}

describeOnDatabases('server: authorisation, route by route', (use) => {
  const routes = new Map<string, ApiRoute>();
  let client: TestClient;
  let ids: Ids;

  beforeAll(async () => {
    const gk = use();
    await seedFixture(gk);
    client = await testClient(gk, {
      onRoute: (route: RouteOptions) => {
        const url = route.url.replace(/\/$/, '');
        if (!url.startsWith('/api/') || route.method === 'HEAD') return;
        for (const method of [route.method].flat()) {
          routes.set(key({ method, url }), {
            method,
            url,
            roles: route.config?.roles,
            isPublic: route.config?.public === true,
          });
        }
      },
    });
    const finding = await gk.db.selectFrom('finding').select('id').where('agency', '=', AGENCY_A).where('section', '=', SECTION_2).executeTakeFirstOrThrow();
    const other = await createInspection(gk.db, { agency: AGENCY_B, from: '2024-01-01', to: '2025-12-31', note: null, by: 'leaderB' });
    const own = await createInspection(gk.db, { agency: AGENCY_A, from: '2024-01-01', to: '2025-12-31', note: null, by: 'leader' });
    const batch = await gk.db
      .insertInto('import_batch')
      .values({ agency: AGENCY_B, ledger: 'documents', source_format: 'csv', file_name: 'b.csv', checksum: 'x', details: '{}' })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids = { otherSectionFinding: finding.id, otherAgencyInspection: other.id, ownInspection: own.id, otherAgencyBatch: batch.id };
  });
  afterAll(() => client.app.close());

  it('collects every API route, and each has an entry in the foreign-request table', () => {
    expect(routes.size).toBeGreaterThanOrEqual(24);
    const table = foreignRequests(ids);
    expect([...routes.keys()].filter((k) => !(k in table))).toEqual([]);
    expect(Object.keys(table).filter((k) => !routes.has(k))).toEqual([]);
  });

  it('answers 401 to an anonymous caller on every route but the log-in', async () => {
    const failures: string[] = [];
    for (const route of routes.values()) {
      if (route.isPublic) continue;
      const res = await client.as(null, { method: route.method as InjectOptions['method'], url: fill(route.url), payload: UNSAFE.has(route.method) ? {} : undefined });
      if (res.statusCode !== 401) failures.push(`${key(route)} → ${res.statusCode}`);
      else expect(res.json().error).toBe('请先登录');
    }
    expect(failures).toEqual([]);
    expect([...routes.values()].filter((r) => r.isPublic).map(key)).toEqual(['POST /api/session']);
  });

  it("answers 403 or 404 to a section user asking for another section's or agency's data", async () => {
    const table = foreignRequests(ids);
    const failures: string[] = [];
    for (const route of routes.values()) {
      const request = table[key(route)];
      if (!request || request === 'own') continue;
      const res = await client.as('section1', {
        method: route.method as InjectOptions['method'],
        url: fill(route.url),
        ...request,
      });
      if (res.statusCode !== 403 && res.statusCode !== 404) failures.push(`${key(route)} → ${res.statusCode} ${res.body.slice(0, 120)}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers 403 to every state change without the CSRF token, or with a wrong one', async () => {
    const failures: string[] = [];
    for (const route of routes.values()) {
      if (!UNSAFE.has(route.method) || route.isPublic) continue;
      const user = admittedUser(route);
      for (const headers of [{}, { 'x-csrf-token': 'not-the-token' }]) {
        const res = await client.as(user, { method: route.method as InjectOptions['method'], url: fill(route.url), payload: {}, headers, csrf: false });
        if (res.statusCode !== 403 || !/CSRF/.test(res.json().error)) failures.push(`${key(route)} as ${user} → ${res.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers 403 to a role a route does not admit', async () => {
    const refused = [
      ['appraisal', 'GET', '/api/findings'],
      ['section1', 'GET', '/api/imports'],
      ['office', 'POST', '/api/inspections/1/sign'],
      ['leader', 'GET', '/api/users'],
      ['section1', 'GET', '/api/appraisal/2024'],
      ['appraisal', 'GET', '/api/documents'],
    ] as const;
    for (const [user, method, url] of refused) {
      const res = await client.as(user, { method, url, payload: method === 'POST' ? {} : undefined });
      expect(res.statusCode, `${user} ${method} ${url}`).toBe(403);
    }
  });
});
