// /api/users: the office lists and creates accounts (its own agency's; the administrator's, any).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBody, withErrors } from '../../../schemas/common.ts';
import { NewUserBody, User, UserList, UsersQuery } from '../../../schemas/users.ts';
import { ACCESS } from '../../../auth/roles.ts';
import { agencyFilter } from '../../../auth/scope.ts';
import { AccountError, createAccount, listAccounts, type PublicUser } from '../../../auth/users.ts';
import { badRequest, conflict } from '../../../errors.ts';
import { isoTimestampOrThrow } from '../../../data/timestamps.ts';

const userJson = (u: PublicUser) => ({
  id: u.id,
  login: u.login,
  displayName: u.display_name,
  role: u.role,
  agency: u.agency,
  section: u.section,
  createdAt: isoTimestampOrThrow(u.created_at),
});

const usersRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/',
    {
      config: { roles: ACCESS.office },
      schema: { tags: ['用户'], summary: '用户列表', querystring: UsersQuery, response: withErrors({ 200: UserList }) },
    },
    async (request) => {
      const agency = agencyFilter(request.scope, request.query.agency);
      return { items: (await listAccounts(app.gk.db, agency)).map(userJson) };
    },
  );

  app.post(
    '/',
    {
      config: { roles: ACCESS.office },
      schema: { tags: ['用户'], summary: '添加用户', body: NewUserBody, response: withErrors({ 201: User, 409: ErrorBody }) },
    },
    async (request, reply) => {
      const body = request.body;
      // An agency's office creates accounts of its own agency only.
      const agency = agencyFilter(request.scope, body.agency) ?? null;
      try {
        const user = await app.gk.db.transaction().execute(async (trx) => {
          const created = await createAccount(trx, {
            login: body.login,
            role: body.role,
            agency,
            section: body.section ?? null,
            password: body.password,
            displayName: body.displayName ?? null,
          });
          await request.audit(trx, 'user.create', `user:${created.login}`, { role: created.role, agency, section: created.section });
          return created;
        });
        return reply.status(201).send(userJson(user));
      } catch (error) {
        if (error instanceof AccountError) {
          throw error.message.startsWith('登录名已存在') ? conflict(error.message) : badRequest(error.message);
        }
        throw error;
      }
    },
  );
};

export default usersRoutes;
