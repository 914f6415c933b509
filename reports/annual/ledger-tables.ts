// The annual report's tables computed from the ledgers, set-based: part 三 from the request ledger (received
// in the year by applicant type; carried in from earlier years; outcomes of the requests answered in the
// year; carried out at year end), part 四 from its review and litigation columns, part 二 from the
// documents' categories. The report/* rules compare the published figures with these.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { APPLICANT_COLUMNS, OUTCOME_LEAVES, TOTAL, part3Key, type Figures } from './layout.ts';

export interface LedgerTables {
  year: number;
  figures: Figures;
  /** Requests answered in the year whose outcome is no leaf of the table (missing, or a bare group name). */
  unclassified: number;
  /** Whether the agency's request ledger has any row at all. */
  hasRequests: boolean;
}

function addToTotals(figures: Figures, row: string, column: string, n: number) {
  for (const c of [column, TOTAL]) figures[part3Key(row, c)] = (figures[part3Key(row, c)] ?? 0) + n;
}

export async function computeLedgerTables(db: Kysely<Database>, agency: string, year: number): Promise<LedgerTables> {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const { figures, unclassified } = await computePart3(db, agency, year);

  const reviews = await sql<{ group: string; result: string; n: number }>`
    select g.grp as group, g.result, count(*)::int as n
    from request r
    cross join lateral (values
      ('行政复议', r.review_result),
      (case when r.litigation_result like '复议后-%' then '行政诉讼复议后' else '行政诉讼未经复议' end,
       regexp_replace(r.litigation_result, '^复议后-', ''))
    ) as g(grp, result)
    where r.agency = ${agency} and coalesce(r.answered_on, case when r.on_the_spot then r.received_on end) between ${first}::date and ${last}::date
      and g.result is not null
    group by g.grp, g.result`.execute(db);
  const resultColumn: Record<string, string> = { 维持: '结果维持', 纠正: '结果纠正', 其他: '其他结果', 未审结: '尚未审结' };
  for (const r of reviews.rows) {
    const key = resultColumn[r.result];
    if (!key) continue;
    figures[`四.${r.group}.${key}`] = (figures[`四.${r.group}.${key}`] ?? 0) + r.n;
    figures[`四.${r.group}.总计`] = (figures[`四.${r.group}.总计`] ?? 0) + r.n;
  }

  const documents = await sql<{ category: string; made: number; repealed: number; in_force: number }>`
    select category,
      count(*) filter (where formed_on between ${first}::date and ${last}::date)::int as made,
      count(*) filter (where repealed_on between ${first}::date and ${last}::date)::int as repealed,
      count(*) filter (where formed_on <= ${last}::date and (repealed_on is null or repealed_on > ${last}::date))::int
        as in_force
    from document
    where agency = ${agency} and category in ('规章', '行政规范性文件', '行政许可', '行政处罚', '行政强制')
    group by category`.execute(db);
  for (const d of documents.rows) {
    if (d.category === '规章' || d.category === '行政规范性文件') {
      figures[`二.${d.category}.本年制发`] = d.made;
      figures[`二.${d.category}.本年废止`] = d.repealed;
      figures[`二.${d.category}.现行有效`] = d.in_force;
    } else {
      figures[`二.${d.category}.处理决定`] = d.made;
    }
  }

  return { year, figures, unclassified, hasRequests: await hasRequestLedger(db, agency) };
}

/**
 * Part 三 alone (what report/annual-ledger-mismatch compares): received in the year by applicant type,
 * carried in, the outcome leaves of the requests answered in the year, carried out; and the answered
 * requests whose outcome is no leaf.
 */
export async function computePart3(
  db: Kysely<Database>,
  agency: string,
  year: number,
): Promise<{ figures: Figures; unclassified: number }> {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const figures: Figures = {};
  for (const row of ['本年新收', '上年结转', ...OUTCOME_LEAVES, TOTAL, '结转下年度']) {
    for (const column of [...APPLICANT_COLUMNS, TOTAL]) figures[part3Key(row, column)] = 0;
  }

  // A request answered on the spot with no answer date was answered the day it was received.
  const answered = sql`coalesce(answered_on, case when on_the_spot then received_on end)`;
  const counts = await sql<{ applicant_type: string; received: number; carried_in: number; carried_out: number }>`
    select applicant_type,
      count(*) filter (where received_on between ${first}::date and ${last}::date)::int as received,
      count(*) filter (where received_on < ${first}::date and (${answered} is null or ${answered} >= ${first}::date))::int
        as carried_in,
      count(*) filter (where received_on <= ${last}::date and (${answered} is null or ${answered} > ${last}::date))::int
        as carried_out
    from request where agency = ${agency}
    group by applicant_type`.execute(db);
  const outcomes = await sql<{ applicant_type: string; outcome: string | null; n: number }>`
    select applicant_type, outcome, count(*)::int as n
    from request
    where agency = ${agency} and ${answered} between ${first}::date and ${last}::date
    group by applicant_type, outcome`.execute(db);

  const column = (type: string) => ((APPLICANT_COLUMNS as readonly string[]).includes(type) ? type : '其他');
  for (const r of counts.rows) {
    addToTotals(figures, '本年新收', column(r.applicant_type), r.received);
    addToTotals(figures, '上年结转', column(r.applicant_type), r.carried_in);
    addToTotals(figures, '结转下年度', column(r.applicant_type), r.carried_out);
  }
  let unclassified = 0;
  for (const r of outcomes.rows) {
    if (r.outcome && (OUTCOME_LEAVES as readonly string[]).includes(r.outcome)) {
      addToTotals(figures, r.outcome, column(r.applicant_type), r.n);
      addToTotals(figures, TOTAL, column(r.applicant_type), r.n);
    } else {
      unclassified += r.n;
    }
  }

  return { figures, unclassified };
}

/** Whether the agency's request ledger has any row at all. */
export async function hasRequestLedger(db: Kysely<Database>, agency: string): Promise<boolean> {
  const any = await db.selectFrom('request').select('request_no').where('agency', '=', agency).limit(1).executeTakeFirst();
  return Boolean(any);
}

