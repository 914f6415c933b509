// The /api/ subtree: its guard (autohooks.ts) and one folder per resource, each registered at its folder's
// URL. (Explicit registration rather than @fastify/autoload: under `npm start` the CLI runs TypeScript
// through tsx's loader, which autoload does not recognise, and under vitest autoload's native import()
// would bypass vite's transform.)
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import autohooks from './autohooks.ts';
import session from './session/index.ts';
import users from './users/index.ts';
import findings from './findings/index.ts';
import documents from './documents/index.ts';
import requests from './requests/index.ts';
import publications from './publications/index.ts';
import imports from './imports/index.ts';
import checks from './checks/index.ts';
import rules from './rules/index.ts';
import reports from './reports/index.ts';
import appraisal from './appraisal/index.ts';
import inspections from './inspections/index.ts';
import overview from './overview/index.ts';
import deadlines from './deadlines/index.ts';

export const API_FOLDERS: [string, FastifyPluginAsync][] = [
  ['session', session],
  ['users', users],
  ['findings', findings],
  ['documents', documents],
  ['requests', requests],
  ['publications', publications],
  ['imports', imports],
  ['checks', checks],
  ['rules', rules],
  ['reports', reports],
  ['appraisal', appraisal],
  ['inspections', inspections],
  ['overview', overview],
  ['deadlines', deadlines],
];

export default async function apiRoutes(app: FastifyInstance): Promise<void> {
  await autohooks(app);
  for (const [folder, routes] of API_FOLDERS) await app.register(routes, { prefix: `/${folder}` });
}
