// GET /api/appraisal/:year: the year's scores per section (reports/appraisal when present) and, always, the
// findings counted per section and rule family.
import { Type } from '@sinclair/typebox';
import { AgencyQuery, Nullable } from './common.ts';

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
