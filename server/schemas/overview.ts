// GET /api/overview: findings counted by rule, section, month (of the due date), status and severity, and
// each section's on-time rate (按期率) for the deadlines that fell due in the period.
import { Type } from '@sinclair/typebox';
import { AgencyQuery, AsOfQuery, IsoDate, Nullable, SectionQuery } from './common.ts';

export const OverviewQuery = Type.Object(
  {
    agency: Type.Optional(AgencyQuery),
    section: Type.Optional(SectionQuery),
    from: Type.Optional(Type.String({ format: 'date', description: '期限（due）不早于' })),
    to: Type.Optional(Type.String({ format: 'date', description: '期限（due）不晚于' })),
    asOf: Type.Optional(AsOfQuery),
  },
  { additionalProperties: false },
);

const Count = Type.Integer();

const OnTimeCounts = {
  items: Type.Integer({ description: '期限在所选期间内、于检查日可判断的事项数（按期 + 逾期）' }),
  onTime: Type.Integer({ description: '在期限当日或之前公开或答复的事项数' }),
  late: Type.Integer({ description: '逾期事项数：doc/proactive-late、doc/proactive-unpublished、req/answer-late、req/answer-overdue 报告的事项' }),
  rate: Nullable(Type.Number({ minimum: 0, maximum: 1, description: '按期率 = onTime ÷ items；没有事项时为 null' })),
  proactive: Type.Object({ items: Count, late: Count }, { description: '其中主动公开期限（自形成或变更之日起）' }),
  answer: Type.Object({ items: Count, late: Count }, { description: '其中依申请公开答复期限' }),
};

export const OnTime = Type.Object(
  {
    asOf: IsoDate,
    ...OnTimeCounts,
    bySection: Type.Array(Type.Object({ section: Nullable(Type.String()), ...OnTimeCounts }), { description: '按按期率从高到低' }),
  },
  {
    description:
      '按期率：期限（主动公开期限、依申请公开答复期限，按规则集与工作日历计算）在所选期间内的事项中，按期完成的比例。' +
      '尚未完成且未到期限的事项、当场答复与待补正的申请、期限前已废止的文件不计入。',
  },
);

export const Overview = Type.Object({
  total: Count,
  byRule: Type.Array(Type.Object({ rule: Type.String(), title: Type.String(), count: Count })),
  bySection: Type.Array(Type.Object({ section: Nullable(Type.String()), count: Count, open: Count })),
  byMonth: Type.Array(Type.Object({ month: Nullable(Type.String({ description: 'YYYY-MM；无期限的问题为 null' })), count: Count })),
  byStatus: Type.Object({ open: Count, rectified: Count, explained: Count, waived: Count }),
  bySeverity: Type.Object({ info: Count, warning: Count, error: Count }),
  onTime: OnTime,
});
