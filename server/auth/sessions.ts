// Sessions in the database: the cookie holds a random token, the table its SHA-256 and the session's CSRF
// token. A session lasts SESSION_HOURS from log-in; logging out deletes it, and expired rows are swept at
// each log-in (one statement, no timer to manage).
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, Role } from '../../db/schema.ts';

type Db = Kysely<Database>;

export const SESSION_HOURS = 12;

export interface SessionUser {
  id: number;
  login: string;
  displayName: string | null;
  role: Role;
  agency: string | null;
  section: string | null;
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
  expiresAt: Date;
}

const newToken = () => randomBytes(32).toString('base64url');
const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export async function openSession(
  db: Db,
  userId: number,
  client: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3_600_000);
  await db.deleteFrom('app_session').where('expires_at', '<', new Date()).execute();
  await db
    .insertInto('app_session')
    .values({
      token_hash: digest(token),
      user_id: userId,
      csrf_token: csrfToken,
      expires_at: expiresAt,
      ip: client.ip,
      user_agent: client.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

/** The live session a cookie token names, with its user; null when unknown or expired. */
export async function findSession(db: Db, token: string): Promise<Session | null> {
  const row = await db
    .selectFrom('app_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.login', 'u.display_name', 'u.role', 'u.agency', 'u.section', 's.csrf_token', 's.expires_at'])
    .where('s.token_hash', '=', digest(token))
    .where('s.expires_at', '>', new Date())
    .executeTakeFirst();
  if (!row) return null;
  return {
    user: { id: row.id, login: row.login, displayName: row.display_name, role: row.role, agency: row.agency, section: row.section },
    csrfToken: row.csrf_token,
    expiresAt: new Date(row.expires_at),
  };
}

export async function closeSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('app_session').where('token_hash', '=', digest(token)).execute();
}
