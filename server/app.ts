// The Fastify application as a plugin: external plugins, then our own (database, auth, scope, audit), then
// the routes; one error handler. `gongkai serve` (cli/commands/serve.ts) only builds and starts it.
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Gk } from '../db/connection.ts';
import cookie from './plugins/external/cookie.ts';
import helmet from './plugins/external/helmet.ts';
import rateLimit from './plugins/external/rate-limit.ts';
import multipart, { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from './plugins/external/multipart.ts';
import swagger from './plugins/external/swagger.ts';
import database from './plugins/app/database.ts';
import auth from './plugins/app/auth.ts';
import scope from './plugins/app/scope.ts';
import audit from './plugins/app/audit.ts';
import dashboard from './plugins/app/dashboard.ts';
import statusRoutes from './routes/status.ts';
import apiRoutes from './routes/api/index.ts';
import { errorHandler, notFoundHandler } from './error-handler.ts';
import type { TrustProxy } from './trust-proxy.ts';

export interface AppOptions {
  gk: Gk;
  logger?: boolean;
  closeDatabaseOnExit?: boolean;
  uploadLimits?: UploadLimits;
  /** Where uploads are spooled while they are imported (default: the system's temporary directory). */
  uploadDir?: string;
  /** The built dashboard to serve at `/` (default: dashboard/dist; the status page when it has no build). */
  dashboardDir?: string;
  /** Called for every route as it is registered (the authorisation test enumerates them this way). */
  onRoute?: (route: RouteOptions) => void;
  /** Proxies whose X-Forwarded-For names the client (server/trust-proxy.ts); default: none. */
  trustProxy?: TrustProxy;
}

export async function buildApp({
  gk,
  logger = false,
  closeDatabaseOnExit = true,
  uploadLimits = DEFAULT_UPLOAD_LIMITS,
  uploadDir,
  dashboardDir,
  onRoute,
  trustProxy = false,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    // request.ip, which the log-in rate limit keys on, is the client behind a trusted proxy.
    trustProxy,
    // Query strings and bodies are validated, coerced and given defaults by their TypeBox schemas.
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  if (onRoute) app.addHook('onRoute', onRoute);

  await app.register(cookie);
  await app.register(helmet);
  await app.register(rateLimit);
  await app.register(multipart, { limits: uploadLimits, ...(uploadDir ? { directory: uploadDir } : {}) });
  await app.register(swagger);

  await app.register(database, { gk, closeOnExit: closeDatabaseOnExit });
  await app.register(auth);
  await app.register(scope);
  await app.register(audit);

  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);

  await app.register(dashboard, dashboardDir ? { root: dashboardDir } : {});
  await app.register(statusRoutes);
  await app.register(apiRoutes, { prefix: '/api' });
  return app;
}
