// The API's types, taken from the server's TypeBox schemas (type-only imports: nothing of the server ends
// up in the bundle), so a change of contract shows up as a type error here.
import type { Static } from '@sinclair/typebox';
import type { SessionReply as SessionReplySchema, CurrentUser as CurrentUserSchema } from '../../../server/schemas/session.ts';
import type {
  Finding as FindingSchema,
  FindingDetail as FindingDetailSchema,
  FindingStatus as FindingStatusSchema,
  Severity as SeveritySchema,
} from '../../../server/schemas/findings.ts';
import type { Overview as OverviewSchema } from '../../../server/schemas/overview.ts';
import type { DocumentRow as DocumentRowSchema, PublicationRow as PublicationRowSchema, RequestRow as RequestRowSchema } from '../../../server/schemas/ledgers.ts';
import type { ImportBatch as ImportBatchSchema, UploadReply as UploadReplySchema, LedgerKind as LedgerKindSchema } from '../../../server/schemas/imports.ts';
import type { RuleCatalogue as RuleCatalogueSchema, CheckResult as CheckResultSchema } from '../../../server/schemas/rules.ts';
import type { AnnualComparison as AnnualComparisonSchema, AnnualTextComparison as AnnualTextComparisonSchema } from '../../../server/schemas/reports.ts';
import type { AppraisalReply as AppraisalReplySchema, DeductionFindings as DeductionFindingsSchema } from '../../../server/schemas/appraisal.ts';
import type {
  Inspection as InspectionSchema,
  InspectionDetail as InspectionDetailSchema,
  InspectionFinding as InspectionFindingSchema,
} from '../../../server/schemas/inspections.ts';
import type { Deadlines as DeadlinesSchema } from '../../../server/schemas/deadlines.ts';
import type { Role as RoleSchema } from '../../../server/schemas/common.ts';

export type Role = Static<typeof RoleSchema>;
export type CurrentUser = Static<typeof CurrentUserSchema>;
export type SessionReply = Static<typeof SessionReplySchema>;
export type Severity = Static<typeof SeveritySchema>;
export type FindingStatus = Static<typeof FindingStatusSchema>;
export type Finding = Static<typeof FindingSchema>;
export type FindingDetail = Static<typeof FindingDetailSchema>;
export type Overview = Static<typeof OverviewSchema>;
export type DocumentRow = Static<typeof DocumentRowSchema>;
export type RequestRow = Static<typeof RequestRowSchema>;
export type PublicationRow = Static<typeof PublicationRowSchema>;
export type LedgerKind = Static<typeof LedgerKindSchema>;
export type ImportBatch = Static<typeof ImportBatchSchema>;
export type UploadReply = Static<typeof UploadReplySchema>;
export type RuleCatalogue = Static<typeof RuleCatalogueSchema>;
export type CatalogueRule = RuleCatalogue['rules'][number];
export type CheckResult = Static<typeof CheckResultSchema>;
export type AnnualComparison = Static<typeof AnnualComparisonSchema>;
export type AnnualTextComparison = Static<typeof AnnualTextComparisonSchema>;
export type AppraisalReply = Static<typeof AppraisalReplySchema>;
export type DeductionFindings = Static<typeof DeductionFindingsSchema>;
export type Inspection = Static<typeof InspectionSchema>;
export type InspectionDetail = Static<typeof InspectionDetailSchema>;
export type InspectionFinding = Static<typeof InspectionFindingSchema>;
export type Deadlines = Static<typeof DeadlinesSchema>;
export type UpcomingDeadline = Deadlines['items'][number];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
