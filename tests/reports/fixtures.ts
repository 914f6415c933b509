// Small hand-built ledgers and findings for the report tests: every number the tests expect can be
// counted by eye from these rows.
import type { Insertable, Kysely } from 'kysely';
import type { Database, FindingTable, RequestTable } from '../../db/schema.ts';
import JSZip from 'jszip';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../db/connection.ts';

type Db = Kysely<Database>;

export async function addAgency(db: Db, code: string, name: string): Promise<void> {
  await db.insertInto('agency').values({ code, name, profile: 'national-2019' }).execute();
}

export type RequestRow = Omit<Insertable<RequestTable>, 'agency' | 'channel'> & { channel?: string };

export async function addRequests(db: Db, agency: string, rows: RequestRow[]): Promise<void> {
  await db
    .insertInto('request')
    .values(rows.map((r) => ({ channel: '网络', ...r, agency })))
    .execute();
}

export interface FindingSpec {
  rule: string;
  subject: string;
  section?: string | null;
  subjectKind?: FindingTable['subject_kind'];
  due?: string | null;
  actual?: string | null;
  late?: number | null;
  status?: 'open' | 'rectified' | 'explained' | 'waived';
  note?: string | null;
  title?: string;
  resolved?: boolean;
}

const KIND_BY_PREFIX: Record<string, FindingTable['subject_kind']> = {
  doc: 'document',
  req: 'request',
  pub: 'publication',
  report: 'annual_report',
};

/** Inserts findings as the engine would have stored them; returns their ids in order. */
export async function addFindings(db: Db, agency: string, specs: FindingSpec[]): Promise<number[]> {
  const run = await db
    .insertInto('rule_run')
    .values({ agency, profile: 'national-2019', profile_version: 'test', as_of: '2025-12-31' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rows = await db
    .insertInto('finding')
    .values(
      specs.map((f) => ({
        agency,
        rule: f.rule,
        severity: 'error' as const,
        subject_kind: f.subjectKind ?? (f.rule === 'pub/column-stale' ? 'column' : KIND_BY_PREFIX[f.rule.split('/')[0]!]!),
        subject: f.subject,
        section: f.section === undefined ? '办公室' : f.section,
        due: f.due ?? null,
        actual: f.actual ?? null,
        late_workdays: f.late ?? null,
        message: `${f.rule} ${f.subject}`,
        details: JSON.stringify(f.title ? { title: f.title } : {}),
        profile: 'national-2019',
        profile_version: 'test',
        first_run_id: run.id,
        last_run_id: run.id,
        status: f.status ?? 'open',
        status_note: f.note ?? null,
        resolved_by_data: f.resolved ?? false,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** The text of each cell of each table row of a .docx, read from word/document.xml. */
export async function docxTableRows(file: string): Promise<string[][]> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) =>
      [...cell[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    ),
  );
}

/** A fresh temporary directory with an embedded database in `db/` filled by `seed`, for command-line tests. */
export async function seededDatabaseDir(prefix: string, seed: (db: Db) => Promise<void>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  const gk = await openDatabase(path.join(dir, 'db'));
  try {
    await seed(gk.db);
  } finally {
    await gk.close();
  }
  return dir;
}
