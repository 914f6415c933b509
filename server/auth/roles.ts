// The four roles (DESIGN.md, "Who uses it"): what each is called and what each may reach. Routes name the
// roles they admit in their config; the API's autohooks enforce it.
import type { Role } from '../../db/schema.ts';

export const ROLES = ['leader', 'office', 'section', 'appraisal'] as const satisfies readonly Role[];

export const ROLE_NAMES: Record<Role, string> = {
  leader: '分管领导',
  office: '办公室',
  section: '科室',
  appraisal: '考核',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Who may do what: the sets routes pass as `config.roles`. */
export const ACCESS = {
  anyone: ROLES,
  /** Findings, ledgers, overview: everyone who works on the data (appraisal sees scores only). */
  readData: ['leader', 'office', 'section'],
  /** Agency-wide results: the annual report, re-running the rules. */
  agencyWide: ['leader', 'office'],
  /** Imports and user administration. */
  office: ['office'],
  /** Signing an inspection record. */
  leader: ['leader'],
  /** Appraisal scores. */
  appraisal: ['leader', 'office', 'appraisal'],
} as const satisfies Record<string, readonly Role[]>;
