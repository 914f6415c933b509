// POST/GET/DELETE /api/session.
import { Type } from '@sinclair/typebox';
import { Nullable, Role, Timestamp } from './common.ts';

export const LoginBody = Type.Object(
  {
    login: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

export const CurrentUser = Type.Object({
  id: Type.Integer(),
  login: Type.String(),
  displayName: Nullable(Type.String()),
  role: Role,
  roleName: Type.String({ description: '角色中文名' }),
  agency: Nullable(Type.String()),
  section: Nullable(Type.String()),
});

export const SessionReply = Type.Object({
  user: CurrentUser,
  csrfToken: Type.String({ description: '修改类请求须在 x-csrf-token 请求头中携带此值' }),
  expiresAt: Timestamp,
});

export const LoggedOut = Type.Object({ ok: Type.Literal(true) });
