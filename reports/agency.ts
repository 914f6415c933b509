// The agency a report is about, or an error that says which code is unknown (the command line turns it
// into exit code 2, the server into 404).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export class UnknownAgencyError extends Error {
  constructor(readonly code: string) {
    super(`未找到单位 ${code}（先用 gongkai agency add 或 gongkai import 建立） / unknown agency ${code}`);
    this.name = 'UnknownAgencyError';
  }
}

export interface AgencyRef {
  code: string;
  name: string;
}

export async function findAgency(db: Kysely<Database>, code: string): Promise<AgencyRef> {
  const agency = await db.selectFrom('agency').select(['code', 'name']).where('code', '=', code).executeTakeFirst();
  if (!agency) throw new UnknownAgencyError(code);
  return agency;
}

export async function allAgencies(db: Kysely<Database>): Promise<AgencyRef[]> {
  return db.selectFrom('agency').select(['code', 'name']).orderBy('code').execute();
}
