// Accounts: created by `gongkai users add`, the first-start seeding and the office's user admin; listed
// without their hashes. A section account names its agency and section; an office account without an
// agency sees every agency (the installation's administrator).
import type { Kysely, Selectable } from 'kysely';
import type { AppUserTable, Database, Role } from '../../db/schema.ts';
import { hashPassword } from './passwords.ts';

type Db = Kysely<Database>;

export interface NewAccount {
  login: string;
  role: Role;
  agency: string | null;
  section: string | null;
  password: string;
  displayName?: string | null;
}

export type PublicUser = Omit<Selectable<AppUserTable>, 'password_hash'>;

export class AccountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccountError';
  }
}

/** The account's shape is valid for its role: why not, in Chinese, or null. */
export function accountProblem(account: Pick<NewAccount, 'login' | 'role' | 'agency' | 'section' | 'password'>): string | null {
  if (!/^[\w.@-]{2,64}$/u.test(account.login)) return '登录名须为 2–64 个字母、数字或 . _ @ -';
  if (account.password.length < 8) return '密码至少 8 个字符';
  if (account.role === 'section' && (!account.agency || !account.section)) return '科室用户须指定机关（--agency）和科室（--section）';
  if (account.role !== 'section' && account.section) return '只有科室用户可以指定科室';
  if (account.role !== 'office' && !account.agency) return '除办公室管理员外，用户须指定机关（--agency）';
  return null;
}

export async function createAccount(db: Db, account: NewAccount): Promise<PublicUser> {
  const problem = accountProblem(account);
  if (problem) throw new AccountError(problem);
  if (account.agency) {
    const agency = await db.selectFrom('agency').select('code').where('code', '=', account.agency).executeTakeFirst();
    if (!agency) throw new AccountError(`未知机关：${account.agency}`);
  }
  const existing = await db.selectFrom('app_user').select('id').where('login', '=', account.login).executeTakeFirst();
  if (existing) throw new AccountError(`登录名已存在：${account.login}`);
  return db
    .insertInto('app_user')
    .values({
      login: account.login,
      password_hash: await hashPassword(account.password),
      display_name: account.displayName ?? null,
      role: account.role,
      agency: account.agency,
      section: account.section,
    })
    .returning(['id', 'login', 'display_name', 'role', 'agency', 'section', 'created_at'])
    .executeTakeFirstOrThrow();
}

export function listAccounts(db: Db, agency?: string | null): Promise<PublicUser[]> {
  let query = db.selectFrom('app_user').select(['id', 'login', 'display_name', 'role', 'agency', 'section', 'created_at']);
  if (agency) query = query.where('agency', '=', agency);
  return query.orderBy('agency').orderBy('role').orderBy('login').execute();
}
