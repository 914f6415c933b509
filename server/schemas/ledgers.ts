// /api/documents, /api/requests, /api/publications: the three ledgers as imported, filtered and paged.
import { Type } from '@sinclair/typebox';
import { AgencyQuery, IsoDate, Nullable, PageQuery, SectionQuery } from './common.ts';

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
    ...PageQuery,
  },
  { additionalProperties: false },
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
