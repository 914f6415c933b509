// GET/POST /api/users (the office's user admin).
import { Type } from '@sinclair/typebox';
import { AgencyQuery, Nullable, Role, Timestamp } from './common.ts';

export const User = Type.Object({
  id: Type.Integer(),
  login: Type.String(),
  displayName: Nullable(Type.String()),
  role: Role,
  agency: Nullable(Type.String()),
  section: Nullable(Type.String()),
  createdAt: Timestamp,
});

export const UsersQuery = Type.Object({ agency: Type.Optional(AgencyQuery) }, { additionalProperties: false });

export const NewUserBody = Type.Object(
  {
    login: Type.String({ minLength: 2, maxLength: 64, pattern: '^[A-Za-z0-9_.@-]+$' }),
    role: Role,
    agency: Type.Optional(AgencyQuery),
    section: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    displayName: Type.Optional(Type.String({ maxLength: 100 })),
    password: Type.String({ minLength: 8, maxLength: 200 }),
  },
  { additionalProperties: false },
);

export const UserList = Type.Object({ items: Type.Array(User) });
