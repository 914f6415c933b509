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

// GET /api/reports/annual/:year/compare: the report's text beside another's, shared passages marked.
export const AnnualTextQuery = Type.Object(
  {
    agency: Type.Optional(AgencyQuery),
    with: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: '与之比对的机关代码（默认：雷同问题所比对的报告，否则本机关上一份报告）' })),
    withYear: Type.Optional(Type.Integer({ minimum: 2008, maximum: 2100, description: '与之比对的年度（默认：本机关为上一份报告的年度，其他机关为同一年度）' })),
  },
  { additionalProperties: false },
);

export const TextSegment = Type.Object({
  text: Type.String(),
  shared: Type.Boolean({ description: '属于两份报告共有的片段（按规则的去除方式与片段长度）' }),
});

export const ComparedReport = Type.Object({
  agency: Type.String(),
  agencyName: Type.String(),
  year: Type.Integer(),
  publishedOn: Nullable(IsoDate),
  segments: Type.Array(TextSegment, { description: '全文按共有 / 独有切分，依次连接即为全文' }),
});

export const AnnualTextComparison = Type.Object({
  report: ComparedReport,
  other: ComparedReport,
  basis: Type.Union([Type.Literal('finding'), Type.Literal('previous'), Type.Literal('requested')], {
    description: 'finding：雷同问题所比对的报告；previous：本机关上一份报告；requested：请求指定的报告',
  }),
  similarity: Type.Number({ minimum: 0, maximum: 1, description: '五字片段 Jaccard 相似度，与规则 report/annual-duplicate 所算相同（保留三位小数）' }),
  similarityPercent: Type.Integer(),
  threshold: Type.Number({ description: '本机关规则集的雷同阈值（0–1）' }),
  thresholdPercent: Type.Integer(),
  gram: Type.Integer({ description: '片段长度（字）' }),
  duplicate: Type.Boolean({ description: '相似度达到阈值' }),
  findingId: Nullable(Type.Integer({ description: '本报告未解决的雷同问题编号' })),
});
