// GET /api/rules and POST /api/checks.
import { Type } from '@sinclair/typebox';
import { AgencyQuery, IsoDate, Nullable } from './common.ts';
import { Severity } from './findings.ts';

export const RulesQuery = Type.Object({ agency: Type.Optional(AgencyQuery) }, { additionalProperties: false });

export const CatalogueRule = Type.Object({
  id: Type.String(),
  title: Type.Object({ zh: Type.String(), en: Type.String() }),
  severity: Type.String(),
  ledger: Type.String(),
  articles: Type.Array(Type.String()),
  description: Type.String(),
  deadlines: Type.Array(Type.Object({ name: Type.String(), zh: Type.String(), value: Type.Number(), article: Type.String() })),
  options: Type.Record(Type.String(), Type.Unknown()),
});

export const RuleCatalogue = Type.Object({
  agency: Nullable(Type.String()),
  profile: Nullable(
    Type.Object({
      id: Type.String(),
      version: Type.String(),
      name: Type.Object({ zh: Type.String(), en: Type.String() }),
      effectiveFrom: Type.String(),
    }),
  ),
  rules: Type.Array(CatalogueRule),
});

export const CheckBody = Type.Object(
  {
    agency: Type.Optional(AgencyQuery),
    asOf: Type.Optional(Type.String({ format: 'date', description: '检查基准日（默认今天）' })),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);

export const CheckResult = Type.Object({
  runId: Nullable(Type.Integer()),
  agency: Type.String(),
  asOf: IsoDate,
  profile: Type.String(),
  profileVersion: Type.String(),
  findings: Type.Integer(),
  byRule: Type.Array(Type.Object({ rule: Type.String(), severity: Severity, count: Type.Integer() })),
});
