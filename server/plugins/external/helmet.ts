// Security headers on every answer. The content security policy allows only our own origin (the status
// page's inline style aside); the API docs set their own policy for their static files.
import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';

export default fp(
  async (app) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          scriptSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
        },
      },
      // Sessions are cookies; a page of ours must never be framed or sniffed.
      crossOriginEmbedderPolicy: false,
    });
  },
  { name: 'helmet' },
);
