// /api/findings: the list (filters, pages), one finding with its rule and "why", and a status change.
import { Type } from '@sinclair/typebox';
import { AgencyQuery, IsoDate, Nullable, PageQuery, SectionQuery, Timestamp } from './common.ts';

export const Severity = Type.Union([Type.Literal('info'), Type.Literal('warning'), Type.Literal('error')]);
export const FindingStatus = Type.Union([
  Type.Literal('open'),
  Type.Literal('rectified'),
  Type.Literal('explained'),
  Type.Literal('waived'),
]);
export const SubjectKind = Type.Union([
  Type.Literal('document'),
  Type.Literal('request'),
  Type.Literal('publication'),
  Type.Literal('annual_report'),
  Type.Literal('column'),
]);

export const FindingFilters = {
  agency: Type.Optional(AgencyQuery),
  section: Type.Optional(SectionQuery),
  rule: Type.Optional(
    Type.String({ minLength: 1, maxLength: 100, description: '规则 id（如 req/answer-late），或以 / 结尾的规则族（如 req/）' }),
  ),
  severity: Type.Optional(Severity),
  status: Type.Optional(FindingStatus),
  from: Type.Optional(Type.String({ format: 'date', description: '期限（due）不早于此日' })),
  to: Type.Optional(Type.String({ format: 'date', description: '期限（due）不晚于此日' })),
  resolved: Type.Optional(Type.Boolean({ description: '包括已因数据更正而消除的问题（默认不包括）' })),
};

export const FindingsQuery = Type.Object({ ...FindingFilters, ...PageQuery }, { additionalProperties: false });

export const Finding = Type.Object({
  id: Type.Integer(),
  agency: Type.String(),
  rule: Type.String(),
  ruleTitle: Type.String(),
  severity: Severity,
  subjectKind: SubjectKind,
  subject: Type.String(),
  section: Nullable(Type.String()),
  due: Nullable(IsoDate),
  actual: Nullable(IsoDate),
  lateWorkdays: Nullable(Type.Integer()),
  message: Type.String(),
  status: FindingStatus,
  statusBy: Nullable(Type.String()),
  statusNote: Nullable(Type.String()),
  statusAt: Nullable(Timestamp),
  resolvedByData: Type.Boolean(),
});

export const FindingDetail = Type.Intersect([
  Finding,
  Type.Object({
    details: Type.Record(Type.String(), Type.Unknown()),
    profile: Type.String(),
    profileVersion: Type.String(),
    why: Type.String({ description: '一句话说明：计算过程与依据条款' }),
    ruleInfo: Type.Object({
      id: Type.String(),
      title: Type.Object({ zh: Type.String(), en: Type.String() }),
      articles: Type.Array(Type.String()),
      description: Type.String(),
    }),
    history: Type.Array(
      Type.Object({ at: Timestamp, actor: Nullable(Type.String()), action: Type.String(), details: Type.Unknown() }),
    ),
  }),
]);

export const FindingStatusBody = Type.Object(
  {
    status: FindingStatus,
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

export const FindingsExportQuery = Type.Object(
  { ...FindingFilters, format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')], { default: 'xlsx' }) },
  { additionalProperties: false },
);
