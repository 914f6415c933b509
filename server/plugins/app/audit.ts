// The audit trail: `request.audit(db, action, target, details)` appends one row to the append-only
// audit_log with the logged-in user as actor. Handlers call it with their transaction, so a change and its
// record commit together.
import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';

export type AuditFn = (db: Kysely<Database>, action: string, target: string | null, details?: Record<string, unknown>) => Promise<void>;

declare module 'fastify' {
  interface FastifyRequest {
    audit: AuditFn;
  }
}

export async function appendAudit(
  db: Kysely<Database>,
  entry: { actor: string | null; action: string; target: string | null; details?: Record<string, unknown> },
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({ actor: entry.actor, action: entry.action, target: entry.target, details: JSON.stringify(entry.details ?? {}) })
    .execute();
}

export default fp(
  async (app) => {
    const audit: (this: FastifyRequest, ...args: Parameters<AuditFn>) => Promise<void> = function (db, action, target, details = {}) {
      return appendAudit(db, { actor: this.session?.user.login ?? null, action, target, details: { ...details, ip: this.ip } });
    };
    app.decorateRequest('audit', audit);
  },
  { name: 'audit', dependencies: ['auth'] },
);
