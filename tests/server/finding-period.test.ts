// A period means the same thing everywhere: `gongkai check --from/--to` (the engine's period filter, by the
// due date or, for a finding with no due date, by its subject's own date), the findings list of the API,
// and an inspection's snapshot of a period.
import { expect, it } from 'vitest';
import { describeOnDatabases } from '../helpers/databases.ts';
import { runRules } from '../../rules/engine/run.ts';
import { AGENCY_A, AS_OF, seededClient } from './helper.ts';

const PERIODS = [
  // A-D2 (formed 2024-06-03) has no attribute: doc/attribute-missing has no due date and falls in June by
  // the document's own date; A-D1's submission deadline (2024-03-22) does not.
  ['2024-06-01', '2024-06-30'],
  ['2024-03-01', '2024-03-31'],
  ['2024-07-01', '2024-12-31'],
  ['2024-01-01', '2024-12-31'],
] as const;

describeOnDatabases('findings: one reading of a period', (use) => {
  const seeded = seededClient(use);

  const key = (f: { rule: string; subject: string }) => `${f.rule} ${f.subject}`;

  it.each(PERIODS)('the API lists for %s..%s exactly what the engine finds for that period', async (from, to) => {
    const engine = await runRules(use(), { agency: AGENCY_A, asOf: AS_OF, from, to, persist: false });
    const res = await seeded().as('office', { method: 'GET', url: '/api/findings', query: { from, to, pageSize: '1000' } });
    expect(res.statusCode, res.body).toBe(200);
    const listed = (res.json() as { items: { rule: string; subject: string }[] }).items;
    expect(listed.map(key).sort()).toEqual(engine.findings.map(key).sort());
    expect(engine.findings.length).toBeGreaterThan(0);
  });

  it.each(PERIODS)('the overview counts for %s..%s what the engine finds for that period', async (from, to) => {
    const engine = await runRules(use(), { agency: AGENCY_A, asOf: AS_OF, from, to, persist: false });
    const res = await seeded().as('office', { method: 'GET', url: '/api/overview', query: { from, to } });
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json() as { total: number; byMonth: { month: string; count: number }[] };
    expect(o.total).toBe(engine.findings.length);
  });

  it('puts a finding with no due date in the period of its subject', async () => {
    const june = await seeded().as('office', { method: 'GET', url: '/api/findings', query: { from: '2024-06-01', to: '2024-06-30' } });
    const items = (june.json() as { items: { rule: string; subject: string; due: string | null }[] }).items;
    expect(items.map(key)).toContain('doc/attribute-missing A-D2');
    expect(items.find((f) => f.subject === 'A-D2')!.due).toBeNull();
    const march = await seeded().as('office', { method: 'GET', url: '/api/findings', query: { from: '2024-03-01', to: '2024-03-31' } });
    expect((march.json() as { items: { subject: string }[] }).items.map((f) => f.subject)).not.toContain('A-D2');
  });

  it("snapshots an inspection's period the same way", async () => {
    const [from, to] = PERIODS[0];
    const engine = await runRules(use(), { agency: AGENCY_A, asOf: AS_OF, from, to, persist: false });
    const started = await seeded().as('leader', { method: 'POST', url: '/api/inspections', payload: { from, to } });
    expect(started.statusCode, started.body).toBe(201);
    const { id } = started.json() as { id: number };
    const shown = await seeded().as('leader', { method: 'GET', url: `/api/inspections/${id}` });
    expect(shown.statusCode, shown.body).toBe(200);
    const body = shown.json() as { items: { rule: string; subject: string }[] };
    expect(body.items.map(key).sort()).toEqual(engine.findings.map(key).sort());
  });
});
