// The book of planted violations and clean edge cases. Every expectation is computed on the real
// calendar at the moment it is planted; subjects are resolved at the end, once record keys are assigned.
import type { WorkCalendar } from './calendar.ts';
import type { AgencyCode, LedgerKind } from './model.ts';

/** How the due date was obtained, so that a test can recompute it from the calendar. */
export type DueBasis =
  | { kind: 'workdays'; from: string; workdays: number; note?: string }
  | { kind: 'date'; note: string };

export interface Violation {
  agency: AgencyCode;
  ledger: LedgerKind;
  rule: string;
  subject: string;
  due: string | null;
  actual: string | null;
  lateWorkdays: number | null;
  why: string;
  basis?: DueBasis;
  /** Present where a weekends-only count would say otherwise: its due date and lateness (null: not late). */
  weekendsOnly?: { due: string; lateWorkdays: number | null };
}

export interface CleanCase {
  agency: AgencyCode;
  ledger: LedgerKind;
  subject: string;
  why: string;
  mustNotFire: string[];
  weekendsOnly?: string;
}

type Subject = () => string;

interface Pending<T> {
  subject: Subject;
  rest: Omit<T, 'subject'>;
}

export class PlantBook {
  private readonly violations: Pending<Violation>[] = [];
  private readonly cleanCases: Pending<CleanCase>[] = [];

  constructor(
    private readonly cal: WorkCalendar,
    readonly asOf: string,
  ) {}

  /**
   * A working-day deadline: due = wd(from, workdays); actual null means still open, judged at the as-of
   * date. Throws when the planted row is not in fact late, so a plan can never drift silently.
   */
  late(
    agency: AgencyCode,
    ledger: LedgerKind,
    rule: string,
    subject: Subject,
    from: string,
    workdays: number,
    actual: string | null,
    why: string,
    note?: string,
  ): void {
    const { cal } = this;
    const due = cal.wd(from, workdays);
    const end = actual ?? this.asOf;
    if (!(end > due)) throw new Error(`planted ${rule} is not late: due ${due}, ${actual ? 'actual' : 'as of'} ${end}`);
    const lateWorkdays = cal.between(due, end);
    const dueW = cal.wdWeekendsOnly(from, workdays);
    const lateW = end > dueW ? cal.ordWeekendsOnly(end) - cal.ordWeekendsOnly(dueW) : null;
    this.violations.push({
      subject,
      rest: {
        agency,
        ledger,
        rule,
        due,
        actual,
        lateWorkdays,
        why,
        basis: { kind: 'workdays', from, workdays, ...(note ? { note } : {}) },
        ...(dueW !== due || lateW !== lateWorkdays ? { weekendsOnly: { due: dueW, lateWorkdays: lateW } } : {}),
      },
    });
  }

  /** A deadline on a calendar date (a publication date, January 31, last post + limit). */
  lateOnDate(
    agency: AgencyCode,
    ledger: LedgerKind,
    rule: string,
    subject: Subject,
    due: string,
    actual: string | null,
    why: string,
    note: string,
  ): void {
    const { cal } = this;
    const end = actual ?? this.asOf;
    if (!(end > due)) throw new Error(`planted ${rule} is not late: due ${due}, ${end}`);
    const lateWorkdays = cal.between(due, end);
    const lateW = cal.ordWeekendsOnly(end) - cal.ordWeekendsOnly(due);
    this.violations.push({
      subject,
      rest: {
        agency,
        ledger,
        rule,
        due,
        actual,
        lateWorkdays,
        why,
        basis: { kind: 'date', note },
        ...(lateW !== lateWorkdays ? { weekendsOnly: { due, lateWorkdays: lateW } } : {}),
      },
    });
  }

  /** A finding without lateness: no deadline, or a date pair the rule reports without counting days. */
  flag(
    agency: AgencyCode,
    ledger: LedgerKind,
    rule: string,
    subject: Subject,
    why: string,
    fields: { due?: string | null; actual?: string | null; lateWorkdays?: number | null } = {},
  ): void {
    this.violations.push({
      subject,
      rest: {
        agency,
        ledger,
        rule,
        due: fields.due ?? null,
        actual: fields.actual ?? null,
        lateWorkdays: fields.lateWorkdays ?? null,
        why,
      },
    });
  }

  clean(agency: AgencyCode, ledger: LedgerKind, subject: Subject, why: string, mustNotFire: string[], weekendsOnly?: string): void {
    this.cleanCases.push({ subject, rest: { agency, ledger, why, mustNotFire, ...(weekendsOnly ? { weekendsOnly } : {}) } });
  }

  resolve(): { violations: Violation[]; clean: CleanCase[] } {
    const violations = this.violations.map(({ subject, rest }) => ({ ...rest, subject: subject() }) as Violation);
    const clean = this.cleanCases.map(({ subject, rest }) => ({ ...rest, subject: subject() }) as CleanCase);
    for (const v of violations) if (!v.subject) throw new Error(`planted ${v.rule} has no subject`);
    const order = (a: { agency: string; subject: string }, b: { agency: string; subject: string }) =>
      cmp(a.agency, b.agency) || cmp(a.subject, b.subject);
    violations.sort((a, b) => order(a, b) || cmp(a.rule, b.rule));
    clean.sort(order);
    return { violations, clean };
  }
}

/** Code-unit order: the same on every machine, whatever its locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
