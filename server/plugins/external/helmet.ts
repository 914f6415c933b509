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
          // The server is often reached over plain HTTP inside an office network: upgrading its
          // subresources to HTTPS would break every page there.
          upgradeInsecureRequests: null,
        },
      },
      // Plot's and Arrow's bundles are our own files; nothing cross-origin is embedded, so COEP adds nothing.
      crossOriginEmbedderPolicy: false,
    });
  },
  { name: 'helmet' },
);
