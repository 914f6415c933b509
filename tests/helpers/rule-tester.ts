// Our RuleTester, after ESLint's: a rule's test is one table of valid cases (no finding) and invalid cases
// (the findings expected, with due date, actual date and working days late). Each case names only the
// ledger columns it needs; factories fill in the rest. Every case runs on both databases, in an agency of
// its own, through the real engine.
import { expect, it } from 'vitest';
import type { Insertable } from 'kysely';
import type { AnnualReportTable, DocumentTable, PublicationTable, RequestTable } from '../../db/schema.ts';
import { describeOnDatabases } from './databases.ts';
import { runRules } from '../../rules/engine/run.ts';
import { RULES } from '../../rules/index.ts';
import { PROFILE_IDS, type ProfileId } from '../../rules/profiles/ids.ts';
import { resolveProfile } from '../../rules/profiles/index.ts';

type Row<T> = Partial<Omit<Insertable<T>, 'agency'>> & Record<string, unknown>;
/** An annual report row; its figures as a map (`三.本年新收.自然人` → 3), stored as JSON by the factory. */
type ReportRow = Partial<Omit<Insertable<AnnualReportTable>, 'agency' | 'year' | 'figures'>> & {
  year: number;
  figures?: Record<string, number>;
};

export interface RuleCase {
  name: string;
  documents?: Row<DocumentTable>[];
  requests?: Row<RequestTable>[];
  publications?: Row<PublicationTable>[];
  reports?: ReportRow[];
  asOf?: string;
  profile?: ProfileId;
  /** The period (`--from` / `--to`): findings whose due date falls outside it are left out. */
  from?: string;
  to?: string;
  /** The audited agency's name (default 测试机关<code>), for rules that read it (report/annual-duplicate). */
  agencyName?: string;
  /** The canonical columns the requests' import batch had (rules that ask whether a file had a column). */
  batchColumns?: string[];
  /** Other agencies' annual reports, for comparisons across agencies. */
  otherAgencyReports?: { code: string; name: string; year: number; full_text: string }[];
}

export interface ExpectedFinding {
  subject?: string;
  due?: string | null;
  actual?: string | null;
  lateWorkdays?: number | null;
  messageId?: string;
  message?: RegExp;
  details?: Record<string, unknown>;
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedFinding[];
}

export interface ThrowingCase extends RuleCase {
  throws: RegExp;
}

export const DEFAULT_AS_OF = '2025-12-31';

let serial = 0;
const next = () => ++serial;

function documentRow(agency: string, row: Row<DocumentTable>): Insertable<DocumentTable> {
  const n = next();
  return {
    agency,
    record_key: `D${n}`,
    section: '办公室',
    title: `测试文件${n}`,
    formed_on: '2024-03-01',
    ...row,
    extra: JSON.stringify(row.extra ?? {}),
  } as Insertable<DocumentTable>;
}

function requestRow(agency: string, row: Row<RequestTable>): Insertable<RequestTable> {
  const n = next();
  return {
    agency,
    request_no: `R${n}`,
    applicant_type: '自然人',
    channel: '当面',
    received_on: '2024-03-01',
    description: '申请公开某文件',
    ...row,
    extra: JSON.stringify(row.extra ?? {}),
  } as Insertable<RequestTable>;
}

function publicationRow(agency: string, row: Row<PublicationTable>): Insertable<PublicationTable> {
  const n = next();
  return {
    agency,
    record_key: `P${n}`,
    channel: '门户网站',
    title: `测试发布${n}`,
    published_on: '2024-03-01',
    ...row,
    extra: JSON.stringify(row.extra ?? {}),
  } as Insertable<PublicationTable>;
}

function reportRow(agency: string, row: ReportRow) {
  return {
    agency,
    published_on: null,
    ...row,
    figures: JSON.stringify(row.figures ?? {}),
    extra: JSON.stringify({}),
  } as Insertable<AnnualReportTable>;
}

/** The first shipped profile that enables the rule: cases run under it unless they name another. */
function profileFor(ruleId: string): ProfileId {
  return PROFILE_IDS.find((id) => resolveProfile(id).rules.has(ruleId)) ?? 'national-2019';
}

function caseKey(c: RuleCase): string {
  const { name: _name, ...rest } = c as RuleCase & { errors?: unknown; throws?: unknown };
  return JSON.stringify(rest, (_k, v) => (v instanceof RegExp ? String(v) : v));
}

export function ruleTester(
  ruleId: string,
  tables: { valid: RuleCase[]; invalid: InvalidCase[]; throwing?: ThrowingCase[] },
): void {
  const rule = RULES[ruleId];
  if (!rule) throw new Error(`unknown rule ${ruleId}`);
  const all = [...tables.valid, ...tables.invalid, ...(tables.throwing ?? [])];
  const names = new Set<string>();
  const contents = new Set<string>();
  for (const c of all) {
    // As ESLint's RuleTester, refuse a table that repeats a case.
    if (names.has(c.name)) throw new Error(`${ruleId}: duplicate case name "${c.name}"`);
    const key = caseKey(c);
    if (contents.has(key)) throw new Error(`${ruleId}: case "${c.name}" repeats another case`);
    names.add(c.name);
    contents.add(key);
  }

  describeOnDatabases(`rule ${ruleId}`, (use) => {
    async function run(c: RuleCase) {
      const { db } = use();
      const agency = `T${next()}`;
      const profile = c.profile ?? profileFor(ruleId);
      await db.insertInto('agency').values({ code: agency, name: c.agencyName ?? `测试机关${agency}`, profile }).execute();
      for (const other of c.otherAgencyReports ?? []) {
        const code = `${other.code}-${agency}`;
        await db.insertInto('agency').values({ code, name: other.name, profile }).onConflict((oc) => oc.doNothing()).execute();
        await db
          .insertInto('annual_report')
          .values(reportRow(code, { year: other.year, full_text: other.full_text, published_on: `${other.year + 1}-01-20` }))
          .execute();
      }
      if (c.documents?.length) await db.insertInto('document').values(c.documents.map((r) => documentRow(agency, r))).execute();
      let batchId: number | null = null;
      if (c.batchColumns) {
        const batch = await db
          .insertInto('import_batch')
          .values({
            agency,
            ledger: 'requests',
            source_format: 'csv',
            file_name: 'requests.csv',
            checksum: 'test',
            details: JSON.stringify({ columns: c.batchColumns }),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        batchId = batch.id;
      }
      if (c.requests?.length) {
        await db
          .insertInto('request')
          .values(c.requests.map((r) => requestRow(agency, { batch_id: batchId, ...r })))
          .execute();
      }
      if (c.publications?.length) {
        await db.insertInto('publication').values(c.publications.map((r) => publicationRow(agency, r))).execute();
      }
      if (c.reports?.length) await db.insertInto('annual_report').values(c.reports.map((r) => reportRow(agency, r))).execute();
      return runRules(
        { db },
        { agency, asOf: c.asOf ?? DEFAULT_AS_OF, from: c.from ?? null, to: c.to ?? null, only: [ruleId], persist: false },
      );
    }

    for (const c of tables.valid) {
      it(`valid: ${c.name}`, async () => {
        const { findings } = await run(c);
        expect(findings.map((f) => ({ subject: f.subject, message: f.message }))).toEqual([]);
      });
    }

    for (const c of tables.invalid) {
      it(`invalid: ${c.name}`, async () => {
        const { findings } = await run(c);
        expect(findings).toHaveLength(c.errors.length);
        c.errors.forEach((expected, i) => {
          const found = findings[i]!;
          expect(found.rule).toBe(ruleId);
          expect(found.severity).toBe(rule.meta.severity);
          expect(found.message).not.toMatch(/\{\{|\}\}/);
          expect(found.message.length).toBeGreaterThan(0);
          const { messageId, message, details, ...fields } = expected;
          expect(found).toMatchObject(fields);
          if (message) expect(found.message).toMatch(message);
          if (messageId) {
            const template = rule.meta.messages[messageId];
            expect(template, `message id ${messageId}`).toBeDefined();
            const fixed = template!.split(/\{\{\s*\w+\s*\}\}/).filter((s) => s.length > 0);
            for (const piece of fixed) expect(found.message).toContain(piece);
          }
          if (details) expect(found.details).toMatchObject(details);
        });
      });
    }

    for (const c of tables.throwing ?? []) {
      it(`throws: ${c.name}`, async () => {
        await expect(run(c)).rejects.toThrow(c.throws);
      });
    }
  });
}
