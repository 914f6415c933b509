// The server's test fixture: two agencies with sections, ledger rows planted to break rules in known
// sections, the findings produced by the real engine, one account per role, and helpers that call the
// whole app through app.inject as a given user (with that user's session cookie and CSRF token).
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Gk } from '../../db/connection.ts';
import { buildApp, type AppOptions } from '../../server/app.ts';
import { createAccount } from '../../server/auth/users.ts';
import { openSession } from '../../server/auth/sessions.ts';
import { CSRF_HEADER, SESSION_COOKIE } from '../../server/auth/cookies.ts';
import { runRules } from '../../rules/engine/run.ts';

export const AS_OF = '2025-12-31';
export const PASSWORD = 'correct-horse-1';

export const AGENCY_A = 'ta';
export const AGENCY_B = 'tb';
export const SECTION_1 = '综合科';
export const SECTION_2 = '执法科';

export const USERS = {
  admin: { role: 'office', agency: null, section: null },
  office: { role: 'office', agency: AGENCY_A, section: null },
  leader: { role: 'leader', agency: AGENCY_A, section: null },
  section1: { role: 'section', agency: AGENCY_A, section: SECTION_1 },
  section2: { role: 'section', agency: AGENCY_A, section: SECTION_2 },
  appraisal: { role: 'appraisal', agency: AGENCY_A, section: null },
  leaderB: { role: 'leader', agency: AGENCY_B, section: null },
} as const;

export type UserName = keyof typeof USERS;

async function plantLedgers(gk: Gk): Promise<void> {
  const { db } = gk;
  await db
    .insertInto('agency')
    .values([
      { code: AGENCY_A, name: '测试区应急管理局', profile: 'shanghai-putuo' },
      { code: AGENCY_B, name: '测试县市场监管局', profile: 'national-2019' },
    ])
    .execute();
  await db
    .insertInto('section')
    .values([
      { agency: AGENCY_A, name: SECTION_1 },
      { agency: AGENCY_A, name: SECTION_2 },
      { agency: AGENCY_B, name: '办公室' },
    ])
    .execute();
  const doc = { kind: '公文' as const, extra: '{}' };
  await db
    .insertInto('document')
    .values([
      // Sent to the office 30 working days after it was formed (Putuo allows 15): doc/submission-late.
      { ...doc, agency: AGENCY_A, record_key: 'A-D1', section: SECTION_1, title: '关于开展安全检查的通知', formed_on: '2024-03-01',
        attribute: '主动公开', submitted_on: '2024-04-30', reviewed_on: '2024-04-30', reviewer: '王审核', approved_on: '2024-04-30',
        approved_by: '李领导', published_on: '2024-05-06', channel: '门户网站', index_no: 'IDX-1', doc_no: '测应急〔2024〕1号' },
      // No disclosure attribute: doc/attribute-missing.
      { ...doc, agency: AGENCY_A, record_key: 'A-D2', section: SECTION_2, title: '执法检查计划', formed_on: '2024-06-03', attribute: null },
      // Withheld with no reason: doc/exempt-reason-missing.
      { ...doc, agency: AGENCY_A, record_key: 'A-D3', section: SECTION_2, title: '内部会议纪要', formed_on: '2024-07-01', attribute: '不予公开' },
      { ...doc, agency: AGENCY_B, record_key: 'B-D1', section: '办公室', title: '乙局文件', formed_on: '2024-06-03', attribute: null },
    ])
    .execute();
  const request = { applicant_type: '自然人', channel: '当面', description: '申请公开某文件', id_provided: true, contact_provided: true, extra: '{}' };
  await db
    .insertInto('request')
    .values([
      // Answered on 2024-11-06, two working days after its 2024-11-04 deadline: req/answer-late.
      { ...request, agency: AGENCY_A, request_no: 'A-R1', applicant: '张三', section: SECTION_1, received_on: '2024-10-08',
        answered_on: '2024-11-06', outcome: '予以公开', archived_on: '2024-11-07' },
      // Never answered: req/answer-overdue at the as-of date.
      { ...request, agency: AGENCY_A, request_no: 'A-R2', applicant: '李四', section: SECTION_2, received_on: '2024-10-08' },
      { ...request, agency: AGENCY_B, request_no: 'B-R1', applicant: '王五', section: '办公室', received_on: '2024-10-08' },
    ])
    .execute();
  await db
    .insertInto('publication')
    .values([
      { agency: AGENCY_A, record_key: 'A-P1', channel: '微信公众号', title: '安全提示', published_on: '2024-05-10', section: SECTION_1,
        drafter: '赵拟稿', reviewer: null, signer: null, extra: '{}' },
      { agency: AGENCY_A, record_key: 'A-P2', channel: '微信公众号', title: '执法动态', published_on: '2024-05-11', section: SECTION_2,
        drafter: null, reviewer: null, signer: null, extra: '{}' },
    ])
    .execute();
  await db
    .insertInto('annual_report')
    .values({ agency: AGENCY_A, year: 2024, published_on: '2025-02-10', figures: JSON.stringify({ '三.本年新收.自然人': 1, '三.本年新收.总计': 1 }), extra: '{}' })
    .execute();
}

export async function seedFixture(gk: Gk): Promise<void> {
  await plantLedgers(gk);
  for (const agency of [AGENCY_A, AGENCY_B]) await runRules(gk, { agency, asOf: AS_OF });
  for (const [login, user] of Object.entries(USERS)) {
    await createAccount(gk.db, { login, ...user, password: PASSWORD });
  }
}

export interface TestClient {
  app: FastifyInstance;
  /** app.inject as `user` (anonymous when null); state changes carry the CSRF token unless `csrf: false`. */
  as(user: UserName | null, options: InjectOptions & { csrf?: boolean }): Promise<Awaited<ReturnType<FastifyInstance['inject']>>>;
}

export async function testClient(gk: Gk, options: Partial<AppOptions> = {}): Promise<TestClient> {
  const app = await buildApp({ gk, closeDatabaseOnExit: false, ...options });
  await app.ready();
  const sessions = new Map<UserName, { token: string; csrfToken: string }>();
  async function sessionOf(user: UserName) {
    let session = sessions.get(user);
    if (!session) {
      const row = await gk.db.selectFrom('app_user').select('id').where('login', '=', user).executeTakeFirstOrThrow();
      session = await openSession(gk.db, row.id, { ip: '127.0.0.1', userAgent: 'vitest' });
      sessions.set(user, session);
    }
    return session;
  }
  return {
    app,
    async as(user, { csrf = true, ...options }) {
      if (!user) return app.inject(options);
      const session = await sessionOf(user);
      const headers = { ...(options.headers ?? {}), ...(csrf ? { [CSRF_HEADER]: session.csrfToken } : {}) };
      return app.inject({ ...options, headers, cookies: { ...(options.cookies ?? {}), [SESSION_COOKIE]: session.token } });
    },
  };
}

/**
 * For a suite: the fixture seeded into the suite's database and a client on it, closed after the suite.
 * Returns the client's getter (the client exists once beforeAll has run).
 */
export function seededClient(use: () => Gk, options: Partial<AppOptions> = {}): () => TestClient {
  let client: TestClient | undefined;
  beforeAll(async () => {
    await seedFixture(use());
    client = await testClient(use(), options);
  });
  afterAll(() => client?.app.close());
  return () => {
    if (!client) throw new Error('the seeded client is made in beforeAll');
    return client;
  };
}
