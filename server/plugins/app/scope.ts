// Decorates each request with the logged-in user's scope (agency and section), which every query of the API
// applies in SQL. Reading it on an anonymous request is a programming error: the autohooks refuse those.
import fp from 'fastify-plugin';
import { scopeOf, type Scope } from '../../auth/scope.ts';
import { unauthorized } from '../../errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    readonly scope: Scope;
  }
}

export default fp(
  async (app) => {
    app.decorateRequest('scope', {
      getter() {
        if (!this.session) throw unauthorized();
        return scopeOf(this.session.user);
      },
    });
  },
  { name: 'scope', dependencies: ['auth'] },
);
