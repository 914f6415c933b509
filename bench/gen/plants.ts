// The rates at which the generator plants violations (each a share of the rows it can apply to), and the
// tally of the findings the rules must produce from what was generated. The tally is computed row by row
// from the generated values with the rules' own definitions (DESIGN.md "Deadlines" and the rule table), so
// cascades are counted too: a late submission that makes the publication late is two findings.
import { resolveProfile } from '../../rules/profiles/index.ts';
import { RULES } from '../../rules/index.ts';
import { ruleOptions } from '../../rules/engine/options.ts';

export const RATES = {
  documents: {
    /** of 公文: no disclosure attribute. */
    attributeMissing: 0.01,
    /** of 不予公开: neither reason nor basis. */
    exemptReasonMissing: 0.01,
    /** of 不予公开: a reason that names no lawful ground. */
    exemptBasisUnlawful: 0.01,
    /** of 不予公开: published anyway. */
    withheldPublished: 0.005,
    /** of 主动公开: sent to the office more than 15 working days after it was formed. */
    submissionLate: 0.03,
    /** of 主动公开: published more than 5 working days after the office received it. */
    releaseLate: 0.03,
    /** of 主动公开: never published. */
    unpublished: 0.02,
    /** of 主动公开 published: no confidentiality review (or one after publication). */
    withoutReview: 0.01,
    /** of 主动公开 published: no leader approval (or one after publication). */
    withoutApproval: 0.01,
    /** of 主动公开 published: approved only after it was published. */
    beforeApproval: 0.005,
    /** of 主动公开 published: no index number. */
    indexMissing: 0.01,
    /** of 行政规范性文件 published: interpretation later than the document, or none. */
    interpretationLate: 0.15,
    /** of 主动公开 published with a 文号: a WeChat post before the portal. */
    portalNotFirst: 0.01,
  },
  requests: {
    /** of requests by 网络/传真/平常信函: confirmed after the day they arrived. */
    receiptLate: 0.03,
    /** of requests with a correction notice: sent after 7 working days. */
    correctionLate: 0.08,
    /** of extensions: approved after the original deadline. */
    extensionLateApproval: 0.08,
    /** of extensions: never notified, or notified after the original deadline. */
    extensionNotNotified: 0.08,
    /** of extensions: longer than 20 working days. */
    extensionTooLong: 0.03,
    /** answered after the deadline. */
    answerLate: 0.03,
    /** never answered. */
    unanswered: 0.01,
    /** answered with no proof of identity or contact details and no correction notice. */
    incomplete: 0.01,
    /** of refusals (不予公开, 部分公开): no reason. */
    refusalReasonMissing: 0.02,
    /** of answered: no outcome. */
    outcomeMissing: 0.003,
    /** a fee charged. */
    fee: 0.005,
    /** of answered: archived late. */
    archiveLate: 0.02,
    /** of answered: never archived. */
    archiveMissing: 0.01,
  },
  publications: {
    /** of new-media posts: drafter, reviewer or signer missing. */
    signoffMissing: 0.02,
    /** of reposts: no source. */
    repostSourceMissing: 0.03,
    /** of reposts: an unofficial source. */
    repostSourceUnofficial: 0.03,
    /** of agencies: one portal column stops being updated. */
    columnStale: 0.15,
  },
  reports: {
    late: 0.1,
    missing: 0.04,
    /** a total that breaks the table's identities. */
    arithmetic: 0.03,
    /** one request moved between two outcome rows: the identities hold, the ledger disagrees. */
    ledgerShift: 0.03,
    /** the carried-in count differs from last year's carried-out count. */
    carryover: 0.03,
    /** the text of the agency's own previous report, figures changed. */
    duplicateOwn: 0.04,
    /** another agency's text of the same year, names changed. */
    duplicateOther: 0.02,
  },
} as const;

/** Counts of expected findings, total and per agency, for the rules each agency's profile enables. */
export class ExpectedFindings {
  readonly total: Record<string, number> = {};
  readonly byAgency: Record<string, Record<string, number>> = {};
  private readonly enabled = new Map<string, Set<string>>();

  addAgency(code: string, profile: string): void {
    this.enabled.set(code, new Set(resolveProfile(profile).rules.keys()));
    this.byAgency[code] = {};
  }

  isEnabled(agency: string, rule: string): boolean {
    return this.enabled.get(agency)!.has(rule);
  }

  add(agency: string, rule: string): void {
    if (!this.isEnabled(agency, rule)) return;
    const mine = this.byAgency[agency]!;
    mine[rule] = (mine[rule] ?? 0) + 1;
    this.total[rule] = (this.total[rule] ?? 0) + 1;
  }

  sorted(): { total: Record<string, number>; byAgency: Record<string, Record<string, number>> } {
    const sort = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));
    return {
      total: sort(this.total),
      byAgency: Object.fromEntries(Object.entries(this.byAgency).map(([code, r]) => [code, sort(r)])),
    };
  }
}

/** A rule's effective options under a profile (its defaults, overridden by the profile). */
export function ruleOptionsUnder(profile: string, rule: string): Record<string, unknown> {
  return ruleOptions(RULES[rule]!, resolveProfile(profile).rules.get(rule) ?? {});
}
