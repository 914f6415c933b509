// The log-in rate limit behind a reverse proxy: with the proxy trusted, clients named by X-Forwarded-For
// are limited one by one; without it (or from an untrusted sender) the header is ignored and every
// request counts against the address it came from.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeOnDatabases } from '../helpers/databases.ts';
import { seedFixture, testClient, type TestClient } from './helper.ts';
import { LOGIN_ATTEMPTS_PER_MINUTE } from '../../server/routes/api/session/index.ts';
import { parseTrustProxy } from '../../server/trust-proxy.ts';

const PROXY = '10.0.0.5';

function attempt(client: TestClient, forwardedFor: string, remoteAddress = PROXY) {
  return client.app.inject({
    method: 'POST',
    url: '/api/session',
    remoteAddress,
    headers: { 'x-forwarded-for': forwardedFor },
    payload: { login: 'office', password: 'guess-guess' },
  });
}

async function exhaust(client: TestClient, forwardedFor: string) {
  for (let i = 0; i < LOGIN_ATTEMPTS_PER_MINUTE; i++) expect((await attempt(client, forwardedFor)).statusCode).toBe(401);
  expect((await attempt(client, forwardedFor)).statusCode).toBe(429);
}

describeOnDatabases('server: rate limit behind a proxy', (use) => {
  let trusting: TestClient;
  let plain: TestClient;
  beforeAll(async () => {
    await seedFixture(use());
    trusting = await testClient(use(), { trustProxy: parseTrustProxy(PROXY)! });
    plain = await testClient(use());
  });
  afterAll(async () => {
    await trusting.app.close();
    await plain.app.close();
  });

  it('limits two clients behind a trusted proxy separately', async () => {
    await exhaust(trusting, '203.0.113.1');
    expect((await attempt(trusting, '203.0.113.2')).statusCode).toBe(401);
    // The proxy appends the address it saw; the client's own claims to its left are not believed.
    expect((await attempt(trusting, '203.0.113.2, 203.0.113.1')).statusCode).toBe(429);
  });

  it('ignores X-Forwarded-For from a sender it does not trust', async () => {
    const untrusted = '198.51.100.200';
    // Each attempt claims to come from another client; all count against the sender's own address.
    for (let i = 0; i < LOGIN_ATTEMPTS_PER_MINUTE; i++) expect((await attempt(trusting, `203.0.113.${60 + i}`, untrusted)).statusCode).toBe(401);
    expect((await attempt(trusting, '203.0.113.99', untrusted)).statusCode).toBe(429);
  });

  it('without trustProxy, counts every client behind the proxy as the proxy', async () => {
    await exhaust(plain, '203.0.113.1');
    const other = await attempt(plain, '203.0.113.2');
    expect(other.statusCode).toBe(429);
    expect(other.json().error).toMatch(/尝试过于频繁/);
  });
});

describe('parseTrustProxy', () => {
  it('reads true, false, a hop count and address lists; refuses anything else', () => {
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy('127.0.0.1, 10.0.0.0/8, ::1')).toEqual(['127.0.0.1', '10.0.0.0/8', '::1']);
    const hops = parseTrustProxy('1') as (address: string, hop: number) => boolean;
    expect([hops('10.0.0.5', 0), hops('10.0.0.6', 1)]).toEqual([true, false]);
    expect(parseTrustProxy('nginx')).toBeNull();
  });
});
