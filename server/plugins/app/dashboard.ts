// Serves the built dashboard (dashboard/dist, made by `vite build`; `npm start` builds it when missing or
// stale) at `/`. Without a build, nothing is registered and the status page keeps `/`. The API (/api/*)
// and its docs (/docs) are routes of their own and take precedence over the static files.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';

declare module 'fastify' {
  interface FastifyInstance {
    /** True when `/` serves the built dashboard (else the status page answers there). */
    dashboardServed: boolean;
  }
}

export const DEFAULT_DASHBOARD_DIR = fileURLToPath(new URL('../../../dashboard/dist', import.meta.url));

export default fp<{ root?: string }>(
  async (app, { root = DEFAULT_DASHBOARD_DIR }) => {
    const served = existsSync(path.join(root, 'index.html'));
    app.decorate('dashboardServed', served);
    if (!served) return;
    await app.register(fastifyStatic, {
      root,
      prefix: '/',
      index: ['index.html'],
      // The hashed bundles never change under their name; index.html names the current ones.
      setHeaders(reply, file) {
        reply.header('cache-control', file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable');
      },
      // The build's source-hash stamp is not for browsers.
      allowedPath: (pathName) => !pathName.split('/').some((part) => part.startsWith('.')),
    });
  },
  { name: 'dashboard' },
);
