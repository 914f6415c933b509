// GET /api/deadlines: the 科室自查 list of open items: what is late and what falls due within N working days.
import { Type } from '@sinclair/typebox';
import { AgencyQuery, IsoDate, Nullable, SectionQuery } from './common.ts';

export const DeadlinesQuery = Type.Object(
  {
    agency: Type.Optional(AgencyQuery),
    section: Type.Optional(SectionQuery),
    within: Type.Integer({ minimum: 0, maximum: 60, default: 10, description: '列出此后多少个工作日内到期的事项（已逾期的总会列出）' }),
    asOf: Type.Optional(Type.String({ format: 'date', description: '基准日（默认今天）' })),
  },
  { additionalProperties: false },
);

export const DeadlineKind = Type.Union([
  Type.Literal('request-answer'),
  Type.Literal('document-submission'),
  Type.Literal('document-release'),
  Type.Literal('document-proactive'),
]);

export const Deadlines = Type.Object({
  agency: Type.String(),
  asOf: IsoDate,
  within: Type.Integer(),
  items: Type.Array(
    Type.Object({
      kind: DeadlineKind,
      kindName: Type.String({ description: '事项（中文）' }),
      subject: Type.String({ description: '申请编号或记录编号' }),
      title: Nullable(Type.String()),
      section: Nullable(Type.String()),
      due: IsoDate,
      workdaysLeft: Type.Integer({ description: '距期限的工作日数；负数为已逾期的工作日数' }),
    }),
  ),
});
