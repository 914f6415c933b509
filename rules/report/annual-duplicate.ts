import { sql } from 'kysely';
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
    const names = agencies.flatMap((a) => [a.name, a.code]);
    // ch || lead(ch, 1) || … || lead(ch, gram − 1): null for the last gram − 1 positions, as substr would end.
    const gramExpression = sql.join(
      Array.from({ length: options.gram }, (_, k) => (k === 0 ? sql`s.ch` : sql`lead(s.ch, ${sql.raw(String(k))}) over w`)),
      sql` || `,
    );
    // Agency names and codes, digits, spaces and punctuation are removed before comparing (the reduction is
    // shared with the 文本比对 view): a report that only swaps the name and the figures is the same text.
    const result = await sql<{
      year: number;
      other_agency: string;
      other_name: string;
      other_year: number;
      similarity: number;
      published_on: string | null;
    }>`
      with texts as (
        select r.agency, r.year, r.published_on,
          lag(r.year) over (partition by r.agency order by r.year) as previous_year,
          ${comparedTextSql(sql.ref('r.full_text'), names)} as body
        from annual_report r
        where nullif(btrim(coalesce(r.full_text, '')), '') is not null
          -- Only what this agency's reports are compared with: its own, and other agencies' of its years.
          and (r.agency = ${agency}
               or r.year in (select o.year from annual_report o where o.agency = ${agency}))
      ),
      grams as (
        -- Each text's characters once, each gram from the next gram−1 characters: linear in the text's
        -- length (substr(body, i, n) walks the multibyte text from its start for every i).
        select distinct t.agency, t.year, c.g
        from texts t cross join lateral (
          select ${gramExpression} as g
          from unnest(string_to_array(t.body, null)) with ordinality as s(ch, pos)
          window w as (order by s.pos)
        ) c
        where c.g is not null
      ),
      sizes as (select agency, year, count(*) as n from grams group by agency, year),
      -- The pairs to compare, materialized (a handful) so that the gram joins hash on (agency, year, gram).
      pairs as materialized (
        select t.agency, t.year, o.agency as other_agency, o.year as other_year
        from texts t join texts o
          on (o.agency = t.agency and o.year = t.previous_year) or (o.agency <> t.agency and o.year = t.year)
        where t.agency = ${agency}
      ),
      shared as (
        select p.agency, p.year, p.other_agency, p.other_year, count(*) as n
        from pairs p
        join grams a on a.agency = p.agency and a.year = p.year
        join grams b on b.agency = p.other_agency and b.year = p.other_year and b.g = a.g
        group by p.agency, p.year, p.other_agency, p.other_year
      )
      select s.year, s.other_agency, coalesce(ag.name, s.other_agency) as other_name, s.other_year,
        s.n::float8 / (sa.n + sb.n - s.n) as similarity, t.published_on
      from shared s
      join sizes sa on sa.agency = s.agency and sa.year = s.year
      join sizes sb on sb.agency = s.other_agency and sb.year = s.other_year
      join texts t on t.agency = s.agency and t.year = s.year
      left join agency ag on ag.code = s.other_agency
      where s.n::float8 / (sa.n + sb.n - s.n) >= ${options.threshold}::float8
      order by s.year, similarity desc`.execute(db);

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
