// GET /api/appraisal/:year: the year's scores per section (reports/appraisal when present) and, always, the
// findings counted per section and rule family.
import { Type } from '@sinclair/typebox';
import { AgencyQuery, Nullable } from './common.ts';
import { Finding } from './findings.ts';

export const AppraisalParams = Type.Object({ year: Type.Integer({ minimum: 2008, maximum: 2100 }) });
export const AppraisalQuery = Type.Object({ agency: Type.Optional(AgencyQuery) }, { additionalProperties: false });

const Count = Type.Integer();

export const AppraisalReply = Type.Object({
  agency: Type.String(),
  year: Type.Integer(),
  source: Type.Union([Type.Literal('reports/appraisal'), Type.Literal('placeholder')], {
    description: 'reports/appraisal：按评分标准计分；placeholder：仅按规则族计数',
  }),
  appraisal: Type.Union([Type.Unknown(), Type.Null()], { description: '评分结果（reports/appraisal 的 computeAppraisal）' }),
  sections: Type.Array(
    Type.Object({
      section: Nullable(Type.String({ description: 'null：不属于任何科室的问题（年度报告、栏目）' })),
      doc: Count,
      req: Count,
      pub: Count,
      report: Count,
      total: Count,
    }),
  ),
});

export const DeductionFindingsQuery = Type.Object(
  {
    agency: Type.Optional(AgencyQuery),
    section: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: '科室；省略为不属于任何科室的问题（机关整体）' })),
    deduction: Type.String({ minLength: 1, maxLength: 100, description: '扣分项 id（评分标准中的 deductions[].id）' }),
  },
  { additionalProperties: false },
);

export const DeductionFindings = Type.Object({
  agency: Type.String(),
  year: Type.Integer(),
  section: Nullable(Type.String()),
  label: Type.String({ description: '科室名称，或“（机关整体）”' }),
  deduction: Type.Object({ id: Type.String(), name: Type.String(), points: Type.Number(), count: Count, deducted: Type.Number() }),
  findings: Type.Array(Finding, { description: '该扣分项计入的问题' }),
});
