// GET /api/appraisal/:year/findings: the findings behind one deduction of a section's score, readable by
// the appraisal role (which may not read the findings list), and only the findings the score counted.
import { expect, it } from 'vitest';
import { describeOnDatabases } from '../helpers/databases.ts';
import { SECTION_1, seededClient } from './helper.ts';

interface Deduction {
  id: string;
  count: number;
  findingIds: number[];
}

describeOnDatabases('server: the findings behind an appraisal deduction', (use) => {
  const seeded = seededClient(use);

  it('lists exactly the counted findings of the deduction, to the appraisal role', async () => {
    const scored = (await seeded().as('appraisal', { method: 'GET', url: '/api/appraisal/2024' })).json().appraisal;
    const section = scored.sections.find((s: { section: string | null }) => s.section === SECTION_1);
    const deductions: Deduction[] = section.items.flatMap((i: { deductions: Deduction[] }) => i.deductions);
    const deduction = deductions.find((d) => d.findingIds.length > 0)!;
    expect(deduction).toBeDefined();

    const url = `/api/appraisal/2024/findings?section=${encodeURIComponent(SECTION_1)}&deduction=${encodeURIComponent(deduction.id)}`;
    const res = await seeded().as('appraisal', { method: 'GET', url });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ year: 2024, section: SECTION_1, label: SECTION_1, deduction: { id: deduction.id, count: deduction.count } });
    expect(body.findings.map((f: { id: number }) => f.id)).toEqual([...deduction.findingIds].sort((a, b) => a - b));
    expect(new Set(body.findings.map((f: { section: string }) => f.section))).toEqual(new Set([SECTION_1]));

    // The findings list itself stays closed to the appraisal role.
    expect((await seeded().as('appraisal', { method: 'GET', url: '/api/findings' })).statusCode).toBe(403);
  });

  it('answers 404 for a deduction the scheme does not have', async () => {
    const res = await seeded().as('leader', { method: 'GET', url: '/api/appraisal/2024/findings?deduction=no-such-deduction' });
    expect(res.statusCode).toBe(404);
  });
});
