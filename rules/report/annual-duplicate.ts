import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { Type } from '@sinclair/typebox';
import { defineQueryRule } from '../types.ts';
import { annualReportDue } from './reports.ts';
import { comparedTextSql } from '../../reports/annual/text-normalisation.ts';

export default defineQueryRule({
  meta: {
    id: 'report/annual-duplicate',
    ledger: 'annual-reports',
    title: { zh: '年度报告内容雷同', en: 'Annual report near-identical to another' },
    severity: 'warning',
    articles: ['条例第五十条', '国办公开办函〔2021〕30号'],
    description:
      '年度报告正文（去除机关名称、年份和数字后）与本机关此前最近一份年度报告或其他机关同年度报告的五字片段相似度' +
      '（Jaccard）达到阈值，属于内容雷同。',
    schema: Type.Object({
      threshold: Type.Number({ default: 0.8, minimum: 0, maximum: 1, description: '相似度阈值（0–1）' }),
      gram: Type.Integer({ default: 5, minimum: 2, maximum: 10, description: '片段长度（字）' }),
    }),
    messages: {
      duplicate: '{{subject}} 年度报告与{{otherLabel}}相似度 {{similarityPercent}}%，达到雷同阈值 {{thresholdPercent}}%',
    },
  },
  async run({ db, agency, options }) {
    const agencies = await db.selectFrom('agency').select(['code', 'name']).execute();
    await refreshReportGrams(db, agency, options.gram, agencies.flatMap((a) => [a.name, a.code]));
    await fillPairCounts(db, agency);
    const result = await sql<{
      year: number;
      other_agency: string;
      other_name: string;
      other_year: number;
      similarity: number;
      published_on: string | null;
    }>`
      with ${pairsOf(agency)}
      select p.year, p.other_agency, coalesce(ag.name, p.other_agency) as other_name, p.other_year,
        s.shared::float8 / (p.gram_count + p.other_gram_count - s.shared) as similarity, p.published_on
      from pairs p
      join annual_report_similarity s on s.signature_a = p.signature_a and s.signature_b = p.signature_b
      left join agency ag on ag.code = p.other_agency
      where s.shared > 0 and s.shared::float8 / (p.gram_count + p.other_gram_count - s.shared) >= ${options.threshold}::float8
      order by p.year, similarity desc, p.other_agency, p.other_year`.execute(db);

    // One finding per report: its closest match.
    const closest = new Map<number, (typeof result.rows)[number]>();
    for (const row of result.rows) if (!closest.has(row.year)) closest.set(row.year, row);
    return [...closest.values()].map((row) => ({
      subject: String(row.year),
      section: null,
      due: null,
      actual: null,
      periodDate: annualReportDue(row.year),
      lateWorkdays: null,
      details: {
        year: row.year,
        otherAgency: row.other_agency,
        otherYear: row.other_year,
        otherLabel: row.other_agency === agency ? `本机关 ${row.other_year} 年度报告` : `${row.other_name} ${row.other_year} 年度报告`,
        similarity: Math.round(row.similarity * 1000) / 1000,
        similarityPercent: Math.round(row.similarity * 100),
        thresholdPercent: Math.round(options.threshold * 100),
      },
      messageId: 'duplicate',
    }));
  },
});

/**
 * The reports compared (texts) and the pairs to compare (pairs): each report of the agency with its previous
 * report and with the other agencies' reports of the same year, each pair named by its two signatures in
 * order (the shared count is symmetric, so A–B and B–A are one entry of annual_report_similarity).
 */
function pairsOf(agency: string) {
  return sql`
    texts as (
      select r.agency, r.year, r.published_on, h.gram_count, h.signature,
        lag(r.year) over (partition by r.agency order by r.year) as previous_year
      from annual_report r
      join annual_report_text_grams h on h.agency = r.agency and h.year = r.year
      where ${comparedWith(agency)}
    ),
    pairs as (
      select t.agency, t.year, t.published_on, t.gram_count, o.agency as other_agency, o.year as other_year,
        o.gram_count as other_gram_count,
        least(t.signature, o.signature) as signature_a, greatest(t.signature, o.signature) as signature_b
      from texts t join texts o
        on (o.agency = t.agency and o.year = t.previous_year) or (o.agency <> t.agency and o.year = t.year)
      where t.agency = ${agency}
    )`;
}

/**
 * Counts the shared grams of the agency's pairs that annual_report_similarity does not know yet (a pair
 * is known for as long as neither text, gram length nor name list changes): on a re-run, nothing; on a
 * first run, the agency's own grams (a few thousand) are the hash side and every other report's grams of
 * its years are probed once — by (year, gram) for the same year, and gram alone for the previous report.
 * Pairs with no gram in common are stored as 0.
 */
async function fillPairCounts(db: Kysely<Database>, agency: string) {
  await sql`
    with ${pairsOf(agency)},
    missing as materialized (
      select p.* from pairs p
      where not exists (select 1 from annual_report_similarity s
                        where s.signature_a = p.signature_a and s.signature_b = p.signature_b)
    ),
    mine as materialized (
      select t.year, t.previous_year, g.gram
      from texts t join annual_report_gram g on g.agency = t.agency and g.year = t.year
      where t.agency = ${agency} and exists (select 1 from missing m where m.year = t.year)
    ),
    counts as materialized (
      select m.year, b.agency as other_agency, b.year as other_year, count(*) as n
      from mine m join annual_report_gram b on b.year = m.year and b.gram = m.gram and b.agency <> ${agency}
      group by m.year, b.agency, b.year
      union all
      select m.year, b.agency, b.year, count(*)
      from mine m join annual_report_gram b on b.agency = ${agency} and b.year = m.previous_year and b.gram = m.gram
      group by m.year, b.agency, b.year
    )
    insert into annual_report_similarity (signature_a, signature_b, shared)
    select distinct m.signature_a, m.signature_b, coalesce(c.n, 0)
    from missing m
    left join counts c on c.year = m.year and c.other_agency = m.other_agency and c.other_year = m.other_year
    on conflict do nothing`.execute(db);
}

/** The reports an agency's reports are compared with: its own, and other agencies' of its years. */
function comparedWith(agency: string) {
  return sql<boolean>`nullif(btrim(coalesce(r.full_text, '')), '') is not null
    and (r.agency = ${agency} or r.year in (select o.year from annual_report o where o.agency = ${agency}))`;
}

/**
 * Brings the cached grams (annual_report_text_grams / annual_report_gram) of the reports an agency is
 * compared with up to date: a report whose signature (text, gram length, names removed) changed is reduced
 * again — names and codes removed, then every character of the shared removed class — and its distinct
 * grams stored. Two statements, set-based; a re-run with nothing changed only reads the signatures.
 */
async function refreshReportGrams(db: Kysely<Database>, agency: string, gram: number, names: string[]) {
  const reduced = comparedTextSql(sql.ref('s.full_text'), names);
  // What the grams depend on besides the text: the gram length and the reduction itself (names included).
  const dependsOn = `${gram}|${reduced.compile(db).parameters.join('|')}|`;
  const signature = sql<string>`md5(${dependsOn} || r.full_text)`;
  const stale = sql`
    select r.agency, r.year, ${signature} as signature, r.full_text
    from annual_report r
    left join annual_report_text_grams h on h.agency = r.agency and h.year = r.year
    where ${comparedWith(agency)} and h.signature is distinct from ${signature}`;
  await sql`
    with stale as materialized (${stale})
    delete from annual_report_gram g using stale s
    where g.agency = s.agency and g.year = s.year`.execute(db);
  // ch || lead(ch, 1) || … || lead(ch, gram − 1): null for the last gram − 1 positions, as substr would end.
  // Each text's characters once, each gram from the next gram − 1 characters: linear in the text's length
  // (substr(body, i, n) walks the multibyte text from its start for every i).
  const gramExpression = sql.join(
    Array.from({ length: gram }, (_, k) => (k === 0 ? sql`c.ch` : sql`lead(c.ch, ${sql.raw(String(k))}) over w`)),
    sql` || `,
  );
  const written = await sql<{ reports: number; grams: number }>`
    with stale as materialized (${stale}),
    grams as materialized (
      select distinct s.agency, s.year, g.gram
      from stale s cross join lateral (
        select ${gramExpression} as gram
        from unnest(string_to_array(${reduced}, null)) with ordinality as c(ch, pos)
        window w as (order by c.pos)
      ) g
      where g.gram is not null
    ),
    headers as (
      insert into annual_report_text_grams as h (agency, year, signature, gram_count)
      select s.agency, s.year, s.signature, (select count(*) from grams g where g.agency = s.agency and g.year = s.year)
      from stale s
      on conflict (agency, year) do update set signature = excluded.signature, gram_count = excluded.gram_count
      returning 1
    ),
    inserted as (
      insert into annual_report_gram (agency, year, gram)
      select agency, year, gram from grams
      on conflict do nothing
      returning 1
    )
    select (select count(*) from headers)::int as reports, (select count(*) from inserted)::int as grams`.execute(db);
  const { reports, grams } = written.rows[0]!;
  // Fresh rows leave the planner with no statistics (it then nests loops over every gram); a few
  // hundred thousand rows at city size, analysed in well under a second, and only when grams were written.
  if (grams > 0) await sql`analyze annual_report_gram`.execute(db);
  if (reports > 0) {
    // Counts of texts no report has any more (a text changed) would only take room.
    await sql`
      delete from annual_report_similarity s
      where not exists (select 1 from annual_report_text_grams h where h.signature = s.signature_a)
         or not exists (select 1 from annual_report_text_grams h where h.signature = s.signature_b)`.execute(db);
  }
}
