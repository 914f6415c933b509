// Rate limiting, off by default: routes opt in through `config.rateLimit` (the log-in does).
import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';
import { HttpError } from '../../errors.ts';

export default fp(
  async (app) => {
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_request, context) =>
        new HttpError(context.statusCode, `尝试过于频繁，请 ${Math.ceil(context.ttl / 1000)} 秒后再试`),
    });
  },
  { name: 'rate-limit' },
);
