// The same query gives the same JSON on PGlite and PostgreSQL: dates as strings, counts as numbers, nulls.
import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { TEST_DATABASES, describeOnDatabases, postgresProblem, REQUIRE_POSTGRES } from '../helpers/databases.ts';

const PARITY_QUERY = sql`
  select '2024-10-08'::date as d, null::date as nd, count(*) as n, sum(x)::numeric(12,2) as amount,
         1.5::numeric as ratio, array_agg(x order by x) as xs, jsonb_build_object('day', '2024-10-08'::date) as j,
         true as flag, null::text as nothing
  from generate_series(1, 3) as g(x)`;

const results: Record<string, unknown> = {};

describeOnDatabases('type parsers', (use, name) => {
  it('returns dates as YYYY-MM-DD strings and counts as numbers', async () => {
    const { rows } = await PARITY_QUERY.execute(use().db);
    const row = rows[0] as Record<string, unknown>;
    expect(row.d).toBe('2024-10-08');
    expect(row.nd).toBeNull();
    expect(row.n).toBe(3);
    expect(row.amount).toBe(6);
    expect(row.ratio).toBe(1.5);
    results[name] = JSON.parse(JSON.stringify(rows));
  });
});

it('gives identical JSON on both databases', async (context) => {
  if (!(await postgresProblem()) || REQUIRE_POSTGRES) {
    // Both halves ran above (describe blocks run before this top-level test in file order).
    expect(Object.keys(results).sort()).toEqual(TEST_DATABASES.map((d) => d.name).sort());
    expect(results.PGlite).toEqual(results.PostgreSQL);
  } else {
    context.skip();
  }
});
