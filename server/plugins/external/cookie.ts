// Cookie parsing and setting. The session cookie carries a random token, so it needs no signature.
import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';

export default fp(
  async (app) => {
    await app.register(cookie);
  },
  { name: 'cookie' },
);
