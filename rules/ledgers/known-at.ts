// The ledgers as they stood at the as-of date (DESIGN.md: open items are judged at the as-of date). A
// ledger exported later holds what happened after it: a request answered, a document published, a report
// posted. At the as-of date those were still open, so every date after it is read as not yet, and so is
// what came with it (an answer's outcome, an approval's approver); rows that did not exist yet (a request
// received, a document formed, a post published after it) are left out. An inspection of a past period
// then sees what the inspector could have seen, and a request answered late after the as-of date is
// overdue at that date, not "answered late".
//
// Each ledger lists every column of its table, so that the relation is the table itself with later facts
// blanked; tests/rules/known-at.test.ts fails when a table gains a column this list lacks.
import { sql } from 'kysely';
import type { Sql } from '../types.ts';

/** A column as the as-of date knows it: as it is, a date of its own, or a value that came with a date. */
type Column = string | { date: string } | { value: string; cameWith: string };

/**
 * Whether a date had not come yet at the as-of date. A date past the end of the loaded calendar is kept
 * whatever it is, so that the check still fails naming the missing year (a 2027 in a ledger checked in
 * 2026 is far more often a typing error than news from the future). The calendar is contiguous and the
 * as-of date lies in it, so "past its end" is the only way a later date can be outside it; the end is read
 * once per query (an uncorrelated subquery).
 */
export function notYet(date: Sql, asOf: string): Sql {
  return sql`(${date} > ${asOf}::date and ${date} <= (select max(c.day) from calendar_day c))`;
}

function knownColumn(alias: string, column: Column, asOf: string): Sql {
  if (typeof column === 'string') return sql.raw(`${alias}.${column}`);
  const [name, date] = 'date' in column ? [column.date, column.date] : [column.value, column.cameWith];
  // A missing date is no later fact: a value recorded without its date stays as it is.
  return sql`case when ${notYet(sql.raw(`${alias}.${date}`), asOf)} then null else ${sql.raw(`${alias}.${name}`)} end as ${sql.raw(name)}`;
}

export interface KnownLedger {
  table: string;
  columns: Column[];
  /** The date on which a row comes into being; rows after the as-of date are left out. */
  exists: string;
}

function knownAt(ledger: KnownLedger, agency: string, asOf: string): Sql {
  const k = 'k';
  // offset 0 keeps the subquery a relation of its own: each row's columns are computed once, and the
  // rules' many references to them (a scan composes dozens of conditions) read plain columns.
  return sql`(select ${sql.join(ledger.columns.map((c) => knownColumn(k, c, asOf)))}
    from ${sql.raw(ledger.table)} ${sql.raw(k)}
    where ${sql.raw(`${k}.agency`)} = ${agency} and not ${notYet(sql.raw(`${k}.${ledger.exists}`), asOf)}
    offset 0)`;
}

const PROVENANCE = ['batch_id', 'source_row', 'extra'];

export const KNOWN_REQUESTS: KnownLedger = {
  table: 'request',
  exists: 'received_on',
  columns: [
    'agency', 'request_no', 'applicant_type', 'applicant', 'id_provided', 'contact_provided', 'description',
    'form_requested', 'channel', { date: 'submitted_on' }, 'received_on', 'on_the_spot',
    { date: 'correction_requested_on' }, { date: 'correction_received_on' },
    { date: 'third_party_sent_on' }, { date: 'third_party_replied_on' },
    { date: 'extension_approved_on' },
    { value: 'extension_approved_by', cameWith: 'extension_approved_on' },
    { date: 'extension_notified_on' },
    { value: 'extension_workdays', cameWith: 'extension_approved_on' },
    { date: 'answered_on' },
    { value: 'outcome', cameWith: 'answered_on' },
    { value: 'refusal_reason', cameWith: 'answered_on' },
    { value: 'fee', cameWith: 'answered_on' },
    { date: 'archived_on' },
    { value: 'review_result', cameWith: 'answered_on' },
    { value: 'litigation_result', cameWith: 'answered_on' },
    'section', ...PROVENANCE,
  ],
};

export const KNOWN_DOCUMENTS: KnownLedger = {
  table: 'document',
  exists: 'formed_on',
  columns: [
    'agency', 'record_key', 'section', 'doc_no', 'title', 'kind', 'category', 'formed_on', { date: 'changed_on' },
    'attribute', 'exempt_reason', 'exempt_basis', { date: 'submitted_on' },
    { date: 'reviewed_on' }, { value: 'reviewer', cameWith: 'reviewed_on' },
    { date: 'approved_on' }, { value: 'approved_by', cameWith: 'approved_on' },
    { date: 'published_on' }, 'channel', 'url', 'index_no',
    { date: 'interpretation_published_on' }, { date: 'repealed_on' }, ...PROVENANCE,
  ],
};

export const KNOWN_PUBLICATIONS: KnownLedger = {
  table: 'publication',
  exists: 'published_on',
  columns: [
    'agency', 'record_key', 'channel', 'column_name', 'title', 'published_at', 'published_on', 'url', 'doc_no',
    'drafter', 'reviewer', 'signer', 'is_repost', 'source', 'section', ...PROVENANCE,
  ],
};

/** The agency's requests received by the as-of date, with what happened later not yet known. */
export const requestsKnownAt = (agency: string, asOf: string): Sql => knownAt(KNOWN_REQUESTS, agency, asOf);
/** The agency's documents formed by the as-of date, with what happened later not yet known. */
export const documentsKnownAt = (agency: string, asOf: string): Sql => knownAt(KNOWN_DOCUMENTS, agency, asOf);
/** The agency's posts published by the as-of date. */
export const publicationsKnownAt = (agency: string, asOf: string): Sql => knownAt(KNOWN_PUBLICATIONS, agency, asOf);
