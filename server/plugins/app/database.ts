// Decorates the app with the open database (`app.gk`) and closes it with the app.
import fp from 'fastify-plugin';
import type { Gk } from '../../../db/connection.ts';

declare module 'fastify' {
  interface FastifyInstance {
    gk: Gk;
  }
}

export default fp<{ gk: Gk; closeOnExit?: boolean }>(
  async (app, { gk, closeOnExit = true }) => {
    app.decorate('gk', gk);
    if (closeOnExit) app.addHook('onClose', () => gk.close());
  },
  { name: 'database' },
);
