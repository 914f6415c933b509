// report/annual-duplicate keeps each report's grams (annual_report_text_grams, annual_report_gram) so that a
// city's catalogue reduces every report once. The cache must never change a finding: a changed text, a
// renamed or added agency and a deleted report each give what a cold run gives.
import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeOnDatabases } from '../../helpers/databases.ts';
import { runRules } from '../../../rules/engine/run.ts';
import type { Gk } from '../../../db/connection.ts';
import { NAMES, putuoStyleReport, wujiangRewrittenReport, wujiangStyleReport } from './annual-report-texts.ts';

const figures = { published: 186, policies: 3, interpretations: 3, penalties: 112, requests: 9, trainings: 4, alerts: 57, repealed: 1, fines: 86.5 };
const RULE = 'report/annual-duplicate';

async function duplicates(gk: Gk, agency: string) {
  const result = await runRules(gk, { agency, asOf: '2026-06-30', only: [RULE], persist: false });
  return result.findings.map((f) => `${f.subject}:${String(f.details.otherAgency)}:${String(f.details.otherYear)}`);
}

async function setText(gk: Gk, agency: string, year: number, text: string) {
  await sql`
    insert into annual_report (agency, year, published_on, full_text) values (${agency}, ${year}, ${`${year + 1}-01-20`}, ${text})
    on conflict (agency, year) do update set full_text = excluded.full_text`.execute(gk.db);
}

async function pairCounts(gk: Gk) {
  const rows = await sql<{ shared: number; known: boolean }>`
    select s.shared, exists (select 1 from annual_report_text_grams a where a.signature = s.signature_a)
                 and exists (select 1 from annual_report_text_grams b where b.signature = s.signature_b) as known
    from annual_report_similarity s order by s.shared`.execute(gk.db);
  return rows.rows;
}

async function cached(gk: Gk) {
  const rows = await sql<{ agency: string; year: number; grams: number; gram_count: number }>`
    select h.agency, h.year, h.gram_count, (select count(*) from annual_report_gram g where g.agency = h.agency and g.year = h.year)::int as grams
    from annual_report_text_grams h order by h.agency, h.year`.execute(gk.db);
  return rows.rows;
}

describeOnDatabases('report/annual-duplicate gram cache', (use) => {
  it('gives the cold result after a text changes, an agency is added, and a report is deleted', async () => {
    const gk = use();
    await sql`insert into agency (code, name, profile) values ('WJ', ${NAMES.wujiang}, 'national-2019'), ('PT', ${NAMES.putuo}, 'national-2019')`.execute(gk.db);
    await setText(gk, 'WJ', 2024, wujiangStyleReport(NAMES.wujiang, 2024, figures));
    await setText(gk, 'PT', 2024, wujiangStyleReport(NAMES.putuo, 2024, figures));

    // A copy with the other bureau's name: a finding, and both reports' grams cached with their counts.
    expect(await duplicates(gk, 'WJ')).toEqual(['2024:PT:2024']);
    const first = await cached(gk);
    expect(first.map((r) => `${r.agency}${r.year}`)).toEqual(['PT2024', 'WJ2024']);
    for (const row of first) expect(row.grams).toBe(row.gram_count);
    expect(first[0]!.gram_count).toBeGreaterThan(100);

    // One pair counted, as many grams shared as the copy has (names and figures removed).
    const pairs = await pairCounts(gk);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.shared).toBeGreaterThan(0.8 * first[0]!.gram_count);

    // Run again, from either side: nothing is reduced or counted again, the same finding.
    expect(await duplicates(gk, 'WJ')).toEqual(['2024:PT:2024']);
    expect(await duplicates(gk, 'PT')).toEqual(['2024:WJ:2024']);
    expect(await cached(gk)).toEqual(first);
    expect(await pairCounts(gk)).toEqual(pairs);

    // Putuo rewrites its report: the cached grams follow the text and the finding goes.
    await setText(gk, 'PT', 2024, putuoStyleReport(NAMES.putuo, 2024, figures));
    expect(await duplicates(gk, 'WJ')).toEqual([]);
    // The old pair's count went with the old text; the new pair shares far fewer grams.
    expect((await pairCounts(gk)).every((p) => p.known)).toBe(true);
    expect((await pairCounts(gk)).map((p) => p.shared)).not.toContain(pairs[0]!.shared);
    const rewritten = await cached(gk);
    expect(rewritten.find((r) => r.agency === 'PT')!.gram_count).not.toBe(first.find((r) => r.agency === 'PT')!.gram_count);

    // A third agency copies Wujiang's text with its own name; adding it changes the names removed from
    // every text, so every report is reduced again, and the copy is found from both sides.
    await sql`insert into agency (code, name, profile) values ('KS', ${NAMES.kunshan}, 'national-2019')`.execute(gk.db);
    await setText(gk, 'KS', 2024, wujiangStyleReport(NAMES.kunshan, 2024, figures));
    expect(await duplicates(gk, 'WJ')).toEqual(['2024:KS:2024']);
    expect(await duplicates(gk, 'KS')).toEqual(['2024:WJ:2024']);

    // The agency's next year, a genuine rewrite, is compared with its own 2024 and not flagged.
    await setText(gk, 'WJ', 2025, wujiangRewrittenReport(NAMES.wujiang, 2025, figures));
    expect(await duplicates(gk, 'WJ')).toEqual(['2024:KS:2024']);

    // A deleted report takes its grams with it.
    await sql`delete from annual_report where agency = 'KS'`.execute(gk.db);
    expect((await cached(gk)).some((r) => r.agency === 'KS')).toBe(false);
    expect(await sql<{ n: number }>`select count(*)::int as n from annual_report_gram where agency = 'KS'`.execute(gk.db).then((r) => r.rows[0]!.n)).toBe(0);
    expect(await duplicates(gk, 'WJ')).toEqual([]);
  });
});
