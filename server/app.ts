// The Fastify application as a plugin: external plugins, then our plugins, then routes.
import Fastify, { type FastifyInstance } from 'fastify';
import databasePlugin from './plugins/database.ts';
import statusRoutes from './routes/status.ts';
import type { Gk } from '../db/connection.ts';

export interface AppOptions {
  gk: Gk;
  logger?: boolean;
  closeDatabaseOnExit?: boolean;
}

export async function buildApp({ gk, logger = false, closeDatabaseOnExit = true }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger });
  await app.register(databasePlugin, { gk, closeOnExit: closeDatabaseOnExit });
  await app.register(statusRoutes);
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error(error);
      return reply.status(status).send({ error: '服务器内部错误', statusCode: status });
    }
    return reply.status(status).send({ error: error.message, statusCode: status });
  });
  return app;
}
