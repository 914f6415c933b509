// GET /api/reports/annual/:year: the official table computed from the ledgers beside the published figures.
import { Type } from '@sinclair/typebox';
import { AgencyQuery, IsoDate, Nullable } from './common.ts';

export const AnnualParams = Type.Object({ year: Type.Integer({ minimum: 2008, maximum: 2100 }) });
export const AnnualQuery = Type.Object(
  {
    agency: Type.Optional(AgencyQuery),
    asOf: Type.Optional(Type.String({ format: 'date', description: '判断 1 月 31 日状态的基准日（默认今天）' })),
  },
  { additionalProperties: false },
);

export const FigureRow = Type.Object({
  key: Type.String({ description: '“部分.行.列”，如 三.本年新收.自然人' }),
  part: Type.String(),
  published: Nullable(Type.Number()),
  computed: Nullable(Type.Number({ description: '据台账计算；台账无法给出的项（收费金额）为 null' })),
  difference: Nullable(Type.Number({ description: '报告 − 台账；任一方缺失时为 null' })),
});

export const AnnualComparison = Type.Object({
  agency: Type.String(),
  year: Type.Integer(),
  report: Nullable(
    Type.Object({ publishedOn: Nullable(IsoDate), submittedOn: Nullable(IsoDate), url: Nullable(Type.String()) }),
  ),
  january31: Type.Object({
    due: IsoDate,
    status: Type.Union([Type.Literal('on-time'), Type.Literal('late'), Type.Literal('missing'), Type.Literal('pending')]),
    statusText: Type.String(),
    daysLate: Nullable(Type.Integer()),
  }),
  rows: Type.Array(FigureRow),
  differences: Type.Integer({ description: '报告与台账不一致的项数' }),
  unclassified: Type.Integer({ description: '年内答复但办理结果无法归类的申请数' }),
  brokenIdentities: Type.Array(Type.Object({ identity: Type.String(), left: Type.Number(), right: Type.Number() })),
});
