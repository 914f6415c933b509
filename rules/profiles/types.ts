// A profile is data: a named, versioned set of enabled rules and parameters with an effective date, which
// may extend another profile. Each deadline it sets cites the article it comes from.
import type { DeadlineParams } from '../ledgers/deadlines.ts';
import type { ProfileId } from './ids.ts';

export interface ProfileDefinition {
  id: ProfileId;
  version: number;
  name: { zh: string; en: string };
  /** The day its sources took effect. */
  effectiveFrom: string;
  extends?: ProfileId;
  /** The sources it encodes, as cited in rule metadata. */
  sources: string[];
  /** Deadline parameters it sets, with the article for each. */
  deadlines?: Partial<Record<keyof DeadlineParams, { value: number; article: string }>>;
  /** Rules it turns on (with options) or off, on top of its parent. */
  rules: Record<string, { options?: Record<string, unknown>; article?: string } | false>;
}

export interface ResolvedProfile {
  id: ProfileId;
  /** `id@version`, with the parents' versions: what a finding records. */
  version: string;
  name: { zh: string; en: string };
  effectiveFrom: string;
  chain: ProfileId[];
  deadlines: DeadlineParams;
  deadlineArticles: Partial<Record<keyof DeadlineParams, string>>;
  /** Enabled rule ids → their options (defaults applied later by the engine). */
  rules: Map<string, Record<string, unknown>>;
}
