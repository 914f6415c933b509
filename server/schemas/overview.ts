// GET /api/overview: findings counted by rule, section, month (of the due date), status and severity.
import { Type } from '@sinclair/typebox';
import { AgencyQuery, Nullable, SectionQuery } from './common.ts';

export const OverviewQuery = Type.Object(
  {
    agency: Type.Optional(AgencyQuery),
    section: Type.Optional(SectionQuery),
    from: Type.Optional(Type.String({ format: 'date', description: '期限（due）不早于' })),
    to: Type.Optional(Type.String({ format: 'date', description: '期限（due）不晚于' })),
  },
  { additionalProperties: false },
);

const Count = Type.Integer();

export const Overview = Type.Object({
  total: Count,
  byRule: Type.Array(Type.Object({ rule: Type.String(), title: Type.String(), count: Count })),
  bySection: Type.Array(Type.Object({ section: Nullable(Type.String()), count: Count, open: Count })),
  byMonth: Type.Array(Type.Object({ month: Nullable(Type.String({ description: 'YYYY-MM；无期限的问题为 null' })), count: Count })),
  byStatus: Type.Object({ open: Count, rectified: Count, explained: Count, waived: Count }),
  bySeverity: Type.Object({ info: Count, warning: Count, error: Count }),
});
