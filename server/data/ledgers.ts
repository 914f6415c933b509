// The three ledgers for the API, read as the importers stored them: one filtered, scoped, paged query per
// ledger (or batches by primary key for Arrow). Columns are listed once per ledger, with the name the API
// uses and their Arrow type; applicants' names are selected only for the office. A query may read a
// relation in place of the table (the rules' relation, with its computed deadlines) and add its columns.
import { sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ArrowColumnType } from '../arrow.ts';
import { ARROW_BATCH_ROWS, offsetOf, type PageRequest, type ScopedFilter } from './scoped.ts';

type Db = Kysely<Database>;
type LedgerTable = 'document' | 'request' | 'publication';

interface LedgerSpec {
  table: LedgerTable;
  key: 'record_key' | 'request_no';
  /** API name → [column, Arrow type]. */
  columns: Record<string, [string, ArrowColumnType]>;
  /** Newest first by this date. */
  orderDate: string;
}

export const LEDGERS = {
  documents: {
    table: 'document',
    key: 'record_key',
    orderDate: 'formed_on',
    columns: {
      agency: ['agency', 'utf8'],
      recordKey: ['record_key', 'utf8'],
      section: ['section', 'utf8'],
      docNo: ['doc_no', 'utf8'],
      title: ['title', 'utf8'],
      kind: ['kind', 'utf8'],
      category: ['category', 'utf8'],
      formedOn: ['formed_on', 'date'],
      changedOn: ['changed_on', 'date'],
      attribute: ['attribute', 'utf8'],
      exemptReason: ['exempt_reason', 'utf8'],
      exemptBasis: ['exempt_basis', 'utf8'],
      submittedOn: ['submitted_on', 'date'],
      reviewedOn: ['reviewed_on', 'date'],
      reviewer: ['reviewer', 'utf8'],
      approvedOn: ['approved_on', 'date'],
      approvedBy: ['approved_by', 'utf8'],
      publishedOn: ['published_on', 'date'],
      channel: ['channel', 'utf8'],
      url: ['url', 'utf8'],
      indexNo: ['index_no', 'utf8'],
      interpretationPublishedOn: ['interpretation_published_on', 'date'],
      repealedOn: ['repealed_on', 'date'],
    },
  },
  requests: {
    table: 'request',
    key: 'request_no',
    orderDate: 'received_on',
    columns: {
      agency: ['agency', 'utf8'],
      requestNo: ['request_no', 'utf8'],
      section: ['section', 'utf8'],
      applicantType: ['applicant_type', 'utf8'],
      applicant: ['applicant', 'utf8'],
      idProvided: ['id_provided', 'bool'],
      contactProvided: ['contact_provided', 'bool'],
      description: ['description', 'utf8'],
      formRequested: ['form_requested', 'utf8'],
      channel: ['channel', 'utf8'],
      submittedOn: ['submitted_on', 'date'],
      receivedOn: ['received_on', 'date'],
      onTheSpot: ['on_the_spot', 'bool'],
      correctionRequestedOn: ['correction_requested_on', 'date'],
      correctionReceivedOn: ['correction_received_on', 'date'],
      thirdPartySentOn: ['third_party_sent_on', 'date'],
      thirdPartyRepliedOn: ['third_party_replied_on', 'date'],
      extensionApprovedOn: ['extension_approved_on', 'date'],
      extensionApprovedBy: ['extension_approved_by', 'utf8'],
      extensionNotifiedOn: ['extension_notified_on', 'date'],
      extensionWorkdays: ['extension_workdays', 'int32'],
      answeredOn: ['answered_on', 'date'],
      outcome: ['outcome', 'utf8'],
      refusalReason: ['refusal_reason', 'utf8'],
      fee: ['fee', 'float64'],
      archivedOn: ['archived_on', 'date'],
      reviewResult: ['review_result', 'utf8'],
      litigationResult: ['litigation_result', 'utf8'],
    },
  },
  publications: {
    table: 'publication',
    key: 'record_key',
    orderDate: 'published_on',
    columns: {
      agency: ['agency', 'utf8'],
      recordKey: ['record_key', 'utf8'],
      section: ['section', 'utf8'],
      channel: ['channel', 'utf8'],
      columnName: ['column_name', 'utf8'],
      title: ['title', 'utf8'],
      publishedOn: ['published_on', 'date'],
      url: ['url', 'utf8'],
      docNo: ['doc_no', 'utf8'],
      drafter: ['drafter', 'utf8'],
      reviewer: ['reviewer', 'utf8'],
      signer: ['signer', 'utf8'],
      isRepost: ['is_repost', 'bool'],
      source: ['source', 'utf8'],
    },
  },
} as const satisfies Record<string, LedgerSpec>;

export type LedgerName = keyof typeof LEDGERS;

/** API name → [column, Arrow type], for the columns a query adds to a ledger's own. */
export type ComputedColumns = Record<string, readonly [string, ArrowColumnType]>;

/** The Arrow type of each API column of a ledger (and of the computed columns a query adds). */
export function arrowColumns(name: LedgerName, computed: ComputedColumns = {}): Record<string, ArrowColumnType> {
  return Object.fromEntries(Object.entries({ ...LEDGERS[name].columns, ...computed }).map(([api, [, type]]) => [api, type]));
}

/** A ledger query's conditions, in SQL over the table's own columns (alias x). */
export type Conditions = Expression<SqlBool>[];

export interface LedgerQuery {
  scope: ScopedFilter;
  conditions: Conditions;
  /** Columns the caller may not see come back as null (applicants' names for all but the office). */
  hidden?: string[];
  /** A select read in place of the ledger's table (as x); it has the table's columns and `computed`'s. */
  source?: RawBuilder<unknown>;
  computed?: ComputedColumns;
}

function fromClause(spec: LedgerSpec, query: LedgerQuery) {
  return query.source ? sql`(${query.source}) as x` : sql`${sql.table(spec.table)} as x`;
}

function selectList(spec: LedgerSpec, { hidden = [], computed = {} }: LedgerQuery) {
  return sql.join(
    Object.entries({ ...spec.columns, ...computed }).map(([api, [column]]) =>
      hidden.includes(api) ? sql`null as ${sql.ref(api)}` : sql`${sql.ref(`x.${column}`)} as ${sql.ref(api)}`,
    ),
  );
}

function whereClause(query: LedgerQuery, extra: Conditions = []) {
  const all: Expression<SqlBool>[] = [...query.conditions, ...extra];
  if (query.scope.agency) all.push(sql<SqlBool>`x.agency = ${query.scope.agency}`);
  if (query.scope.section) all.push(sql<SqlBool>`x.section = ${query.scope.section}`);
  return all.length ? sql`where ${sql.join(all, sql` and `)}` : sql``;
}

export async function listLedger<Row = Record<string, unknown>>(db: Db, name: LedgerName, query: LedgerQuery, page: PageRequest) {
  const spec: LedgerSpec = LEDGERS[name];
  const from = fromClause(spec, query);
  const where = whereClause(query);
  const [rows, count] = await Promise.all([
    sql<Row>`
      select ${selectList(spec, query)} from ${from} ${where}
      order by ${sql.ref(`x.${spec.orderDate}`)} desc, x.agency, ${sql.ref(`x.${spec.key}`)}
      limit ${page.pageSize} offset ${offsetOf(page)}`.execute(db),
    sql<{ n: number }>`select count(*)::int as n from ${from} ${where}`.execute(db),
  ]);
  return { items: rows.rows, total: count.rows[0]?.n ?? 0, ...page };
}

/** Every matching row in batches by primary key (agency, key), for Arrow. */
export async function* ledgerBatches(db: Db, name: LedgerName, query: LedgerQuery) {
  const spec: LedgerSpec = LEDGERS[name];
  const key = sql.ref(`x.${spec.key}`);
  let after: [string, string] | null = null;
  for (;;) {
    const keyset: Conditions = after ? [sql<SqlBool>`(x.agency, ${key}) > (${after[0]}, ${after[1]})`] : [];
    const result: { rows: Record<string, unknown>[] } = await sql<Record<string, unknown>>`
      select ${selectList(spec, query)}, x.agency as "_agency", ${key} as "_key"
      from ${fromClause(spec, query)} ${whereClause(query, keyset)}
      order by x.agency, ${key} limit ${ARROW_BATCH_ROWS}`.execute(db);
    if (result.rows.length === 0) return;
    yield result.rows;
    const last = result.rows[result.rows.length - 1]!;
    after = [String(last._agency), String(last._key)];
    if (result.rows.length < ARROW_BATCH_ROWS) return;
  }
}
