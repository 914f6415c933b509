// /api/inspections: the leader's periodic inspection (定期检查评议): a period, its findings snapshot, the
// leader's signature, and rectification deadlines followed up.
import { Type } from '@sinclair/typebox';
import { AgencyQuery, IsoDate, Nullable, Timestamp } from './common.ts';
import { Finding } from './findings.ts';

export const InspectionsQuery = Type.Object({ agency: Type.Optional(AgencyQuery) }, { additionalProperties: false });

export const Inspection = Type.Object({
  id: Type.Integer(),
  agency: Type.String(),
  periodFrom: IsoDate,
  periodTo: IsoDate,
  createdBy: Nullable(Type.String()),
  createdAt: Timestamp,
  signedBy: Nullable(Type.String()),
  signedAt: Nullable(Timestamp),
  note: Nullable(Type.String()),
  findings: Type.Integer({ description: '快照中的问题数（科室用户：本科室的）' }),
  rectified: Type.Integer({ description: '已整改' }),
  overdue: Type.Integer({ description: '超过整改期限仍未整改' }),
});

export const InspectionList = Type.Object({ items: Type.Array(Inspection) });

export const InspectionFinding = Type.Intersect([
  Finding,
  Type.Object({
    rectifyBy: Nullable(IsoDate),
    rectifiedOn: Nullable(IsoDate),
    rectifySetBy: Nullable(Type.String()),
    rectifySetAt: Nullable(Timestamp),
  }),
]);

export const InspectionDetail = Type.Intersect([Inspection, Type.Object({ items: Type.Array(InspectionFinding) })]);

export const NewInspectionBody = Type.Object(
  {
    agency: Type.Optional(AgencyQuery),
    from: IsoDate,
    to: IsoDate,
    note: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false },
);

export const SignBody = Type.Object({ note: Type.Optional(Type.String({ maxLength: 4000 })) }, { additionalProperties: false });

export const RectificationBody = Type.Object(
  {
    findingIds: Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: 5000, uniqueItems: true }),
    rectifyBy: Type.Optional(Nullable(IsoDate)),
    rectifiedOn: Type.Optional(Nullable(IsoDate)),
  },
  { additionalProperties: false },
);

export const RectificationResult = Type.Object({ updated: Type.Integer() });

export const InspectionRecordQuery = Type.Object(
  {
    format: Type.Union([Type.Literal('xlsx'), Type.Literal('docx')], { default: 'xlsx', description: 'xlsx（Excel）或 docx（Word）' }),
    asOf: Type.Optional({ ...IsoDate, description: '判断整改是否逾期的日期（默认今天）' }),
  },
  { additionalProperties: false },
);
