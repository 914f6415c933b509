// First start: data-samples/ is loaded into an empty database (each agency with its profile, every file of
// the manifest, the rules run) and the first office account is created once; a second start does nothing.
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describeOnDatabases } from '../helpers/databases.ts';
import { FIRST_LOGIN, SAMPLES_DIR, seedSamples } from '../../server/seed-samples.ts';
import { verifyPassword } from '../../server/auth/passwords.ts';

const manifest = JSON.parse(readFileSync(path.join(SAMPLES_DIR, 'manifest.json'), 'utf8')) as {
  agency: string;
  profile: string;
  files: unknown[];
}[];

describeOnDatabases('server: first-start seeding from data-samples/', (use) => {
  it('loads every agency and file of the manifest, runs the rules and creates the first login once', async () => {
    const gk = use();
    const lines: string[] = [];
    const first = await seedSamples(gk, { log: (line) => lines.push(line) });
    expect(first.agencies.map((a) => a.agency)).toEqual(manifest.map((m) => m.agency));
    expect(first.agencies.map((a) => a.files.length)).toEqual(manifest.map((m) => m.files.length));
    expect(first.agencies.every((a) => a.files.every((f) => f.loaded > 0))).toBe(true);
    expect(first.agencies.every((a) => (a.findings ?? 0) > 0)).toBe(true);
    const agencies = await gk.db.selectFrom('agency').select(['code', 'profile']).orderBy('code').execute();
    expect(agencies).toEqual(manifest.map((m) => ({ code: m.agency, profile: m.profile })).sort((a, b) => a.code.localeCompare(b.code)));
    expect(lines[0]).toMatch(/首次启动/);

    expect(first.admin?.login).toBe(FIRST_LOGIN);
    const admin = await gk.db.selectFrom('app_user').selectAll().executeTakeFirstOrThrow();
    expect(admin).toMatchObject({ login: 'admin', role: 'office', agency: null });
    expect(await verifyPassword(first.admin!.password, admin.password_hash)).toBe(true);

    const batches = await gk.db.selectFrom('import_batch').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const again = await seedSamples(gk);
    expect(again).toEqual({ agencies: [], admin: null });
    const after = await gk.db.selectFrom('import_batch').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(batches.n));
    expect(await gk.db.selectFrom('app_user').select('login').execute()).toHaveLength(1);
  });
});
