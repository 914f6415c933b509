// Every rule, by its public id (sorted). The catalogue (`gongkai rules list`, docs/rules.md) is generated
// from their meta. An id, once released, keeps its meaning.
import type { Rule } from './types.ts';
import docAttributeMissing from './doc/attribute-missing.ts';
import docExemptBasisUnlawful from './doc/exempt-basis-unlawful.ts';
import docExemptReasonMissing from './doc/exempt-reason-missing.ts';
import docIndexNumberMissing from './doc/index-number-missing.ts';
import docInterpretationMissing from './doc/interpretation-missing.ts';
import docPortalNotFirst from './doc/portal-not-first.ts';
import docProactiveLate from './doc/proactive-late.ts';
import docProactiveUnpublished from './doc/proactive-unpublished.ts';
import docPublishedBeforeApproval from './doc/published-before-approval.ts';
import docPublishedWithoutApproval from './doc/published-without-approval.ts';
import docPublishedWithoutReview from './doc/published-without-review.ts';
import docReleaseLate from './doc/release-late.ts';
import docSubmissionLate from './doc/submission-late.ts';
import docWithheldButPublished from './doc/withheld-but-published.ts';
import pubColumnStale from './pub/column-stale.ts';
import pubRepostSourceMissing from './pub/repost-source-missing.ts';
import pubRepostSourceUnofficial from './pub/repost-source-unofficial.ts';
import pubSignoffMissing from './pub/signoff-missing.ts';
import reportAnnualArithmetic from './report/annual-arithmetic.ts';
import reportAnnualCarryoverMismatch from './report/annual-carryover-mismatch.ts';
import reportAnnualDuplicate from './report/annual-duplicate.ts';
import reportAnnualLate from './report/annual-late.ts';
import reportAnnualLedgerMismatch from './report/annual-ledger-mismatch.ts';
import reportAnnualMissing from './report/annual-missing.ts';
import reqAnswerLate from './req/answer-late.ts';
import reqAnswerOverdue from './req/answer-overdue.ts';
import reqApplicationIncomplete from './req/application-incomplete.ts';
import reqCorrectionNoticeLate from './req/correction-notice-late.ts';
import reqExtensionLateApproval from './req/extension-late-approval.ts';
import reqExtensionNotNotified from './req/extension-not-notified.ts';
import reqExtensionTooLong from './req/extension-too-long.ts';
import reqExtensionUnapproved from './req/extension-unapproved.ts';
import reqFeeCharged from './req/fee-charged.ts';
import reqNotArchived from './req/not-archived.ts';
import reqOutcomeMissing from './req/outcome-missing.ts';
import reqReceiptConfirmationLate from './req/receipt-confirmation-late.ts';
import reqRefusalReasonMissing from './req/refusal-reason-missing.ts';

export const RULES: Record<string, Rule> = {
  'doc/attribute-missing': docAttributeMissing as Rule,
  'doc/exempt-basis-unlawful': docExemptBasisUnlawful as Rule,
  'doc/exempt-reason-missing': docExemptReasonMissing as Rule,
  'doc/index-number-missing': docIndexNumberMissing as Rule,
  'doc/interpretation-missing': docInterpretationMissing as Rule,
  'doc/portal-not-first': docPortalNotFirst as Rule,
  'doc/proactive-late': docProactiveLate as Rule,
  'doc/proactive-unpublished': docProactiveUnpublished as Rule,
  'doc/published-before-approval': docPublishedBeforeApproval as Rule,
  'doc/published-without-approval': docPublishedWithoutApproval as Rule,
  'doc/published-without-review': docPublishedWithoutReview as Rule,
  'doc/release-late': docReleaseLate as Rule,
  'doc/submission-late': docSubmissionLate as Rule,
  'doc/withheld-but-published': docWithheldButPublished as Rule,
  'pub/column-stale': pubColumnStale as Rule,
  'pub/repost-source-missing': pubRepostSourceMissing as Rule,
  'pub/repost-source-unofficial': pubRepostSourceUnofficial as Rule,
  'pub/signoff-missing': pubSignoffMissing as Rule,
  'report/annual-arithmetic': reportAnnualArithmetic as Rule,
  'report/annual-carryover-mismatch': reportAnnualCarryoverMismatch as Rule,
  'report/annual-duplicate': reportAnnualDuplicate as Rule,
  'report/annual-late': reportAnnualLate as Rule,
  'report/annual-ledger-mismatch': reportAnnualLedgerMismatch as Rule,
  'report/annual-missing': reportAnnualMissing as Rule,
  'req/answer-late': reqAnswerLate as Rule,
  'req/answer-overdue': reqAnswerOverdue as Rule,
  'req/application-incomplete': reqApplicationIncomplete as Rule,
  'req/correction-notice-late': reqCorrectionNoticeLate as Rule,
  'req/extension-late-approval': reqExtensionLateApproval as Rule,
  'req/extension-not-notified': reqExtensionNotNotified as Rule,
  'req/extension-too-long': reqExtensionTooLong as Rule,
  'req/extension-unapproved': reqExtensionUnapproved as Rule,
  'req/fee-charged': reqFeeCharged as Rule,
  'req/not-archived': reqNotArchived as Rule,
  'req/outcome-missing': reqOutcomeMissing as Rule,
  'req/receipt-confirmation-late': reqReceiptConfirmationLate as Rule,
  'req/refusal-reason-missing': reqRefusalReasonMissing as Rule,
};

export const RULE_IDS = Object.keys(RULES);
