// /api/documents, /api/requests, /api/publications: the three ledgers as imported, filtered and paged.
import { Type } from '@sinclair/typebox';
import { AgencyQuery, AsOfQuery, IsoDate, Nullable, PageQuery, SectionQuery } from './common.ts';

const DateFilter = (what: string) => Type.Optional(Type.String({ format: 'date', description: what }));
const Text = Nullable(Type.String());
const Day = Nullable(IsoDate);

export const DocumentsQuery = Type.Object(
  {
    agency: Type.Optional(AgencyQuery),
    section: Type.Optional(SectionQuery),
    attribute: Type.Optional(Type.Union([Type.Literal('主动公开'), Type.Literal('依申请公开'), Type.Literal('不予公开'), Type.Literal('未标注')])),
    kind: Type.Optional(Type.Union([Type.Literal('公文'), Type.Literal('非公文')])),
    category: Type.Optional(Type.String({ maxLength: 100 })),
    published: Type.Optional(Type.Boolean({ description: '是否已发布' })),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: '标题或文号包含' })),
    from: DateFilter('形成日期不早于'),
    to: DateFilter('形成日期不晚于'),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const DocumentRow = Type.Object({
  agency: Type.String(),
  recordKey: Type.String(),
  section: Type.String(),
  docNo: Text,
  title: Type.String(),
  kind: Type.String(),
  category: Text,
  formedOn: IsoDate,
  changedOn: Day,
  attribute: Text,
  exemptReason: Text,
  exemptBasis: Text,
  submittedOn: Day,
  reviewedOn: Day,
  reviewer: Text,
  approvedOn: Day,
  approvedBy: Text,
  publishedOn: Day,
  channel: Text,
  url: Text,
  indexNo: Text,
  interpretationPublishedOn: Day,
  repealedOn: Day,
});

export const RequestsQuery = Type.Object(
  {
    agency: Type.Optional(AgencyQuery),
    section: Type.Optional(SectionQuery),
    answered: Type.Optional(Type.Boolean({ description: '是否已答复' })),
    outcome: Type.Optional(Type.String({ maxLength: 100 })),
    applicantType: Type.Optional(Type.String({ maxLength: 50 })),
    from: DateFilter('收到日期不早于'),
    to: DateFilter('收到日期不晚于'),
    asOf: Type.Optional(AsOfQuery),
    ...PageQuery,
  },
  { additionalProperties: false },
);

/** How a request stands against its answer deadline at the as-of date (server/data/request-deadlines.ts). */
export const AnswerStatus = Type.Union(
  [
    Type.Literal('on-the-spot'),
    Type.Literal('awaiting-correction'),
    Type.Literal('calendar-missing'),
    Type.Literal('overdue'),
    Type.Literal('late'),
    Type.Literal('open'),
    Type.Literal('on-time'),
  ],
  {
    description:
      'on-the-spot 当场答复（无期限）；awaiting-correction 已告知补正、尚未补正（期限中止）；calendar-missing 期限超出已载入的日历；' +
      'overdue 检查日已过期限仍未答复（req/answer-overdue）；late 超期答复（req/answer-late）；open 办理中、未到期限；on-time 按期答复',
  },
);

export const RequestRow = Type.Object({
  agency: Type.String(),
  requestNo: Type.String(),
  section: Text,
  applicantType: Type.String(),
  applicant: Nullable(Type.String({ description: '申请人姓名：仅办公室角色可见，其他角色为 null' })),
  idProvided: Nullable(Type.Boolean()),
  contactProvided: Nullable(Type.Boolean()),
  description: Text,
  formRequested: Text,
  channel: Type.String(),
  submittedOn: Day,
  receivedOn: IsoDate,
  onTheSpot: Type.Boolean(),
  correctionRequestedOn: Day,
  correctionReceivedOn: Day,
  thirdPartySentOn: Day,
  thirdPartyRepliedOn: Day,
  extensionApprovedOn: Day,
  extensionApprovedBy: Text,
  extensionNotifiedOn: Day,
  extensionWorkdays: Nullable(Type.Integer()),
  answeredOn: Day,
  outcome: Text,
  refusalReason: Text,
  fee: Nullable(Type.Number()),
  archivedOn: Day,
  reviewResult: Text,
  litigationResult: Text,
  // The answer deadline as the rules compute it (rules/ledgers/requests.ts, the agency's profile).
  startOn: Type.String({ format: 'date', description: '起算日：收到补正之日，未补正的为收到申请之日' }),
  pausedWorkdays: Nullable(Type.Integer({ description: '征求意见期间不计入的工作日数（未回复的计至答复日或检查日）' })),
  countedExtensionWorkdays: Type.Integer({ description: '计入期限的延期工作日数（经批准，最多为规则集上限）' }),
  baseDue: Nullable(Type.String({ format: 'date', description: '原答复期限：起算日后第 20 + 暂停 个工作日；当场答复或待补正的为 null' })),
  answerDue: Nullable(Type.String({ format: 'date', description: '答复期限（含经批准的延期）；与 req/answer-late、req/answer-overdue 的期限一致' })),
  answerStatus: AnswerStatus,
  lateWorkdays: Nullable(Type.Integer({ description: '超期工作日数：实际答复日（未答复的为检查日）与期限的工作日序号之差' })),
});

export const PublicationsQuery = Type.Object(
  {
    agency: Type.Optional(AgencyQuery),
    section: Type.Optional(SectionQuery),
    channel: Type.Optional(Type.String({ maxLength: 100 })),
    repost: Type.Optional(Type.Boolean({ description: '是否转载' })),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: '标题包含' })),
    from: DateFilter('发布日期不早于'),
    to: DateFilter('发布日期不晚于'),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const PublicationRow = Type.Object({
  agency: Type.String(),
  recordKey: Type.String(),
  section: Text,
  channel: Type.String(),
  columnName: Text,
  title: Type.String(),
  publishedOn: IsoDate,
  url: Text,
  docNo: Text,
  drafter: Text,
  reviewer: Text,
  signer: Text,
  isRepost: Type.Boolean(),
  source: Text,
});
