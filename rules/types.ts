// The shape of a rule, in the spirit of an ESLint rule module: `meta` is plain data (id, titles, severity,
// the articles it enforces, parameters with defaults and a TypeBox schema, message templates), and the
// check is a condition plus the finding's fields over its ledger's relation, which the engine composes
// with every other rule of that ledger into one scan.
import type { RawBuilder } from 'kysely';
import type { TObject, Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { Database, Severity, SubjectKind } from '../db/schema.ts';
import type { DeadlineParams } from './ledgers/deadlines.ts';

export type RuleLedger = 'documents' | 'requests' | 'publications' | 'columns' | 'annual-reports';

/** A SQL expression over the ledger's relation (alias `x`). */
export type Sql<T = unknown> = RawBuilder<T>;

export interface RuleMeta<P extends TObject = TObject> {
  /** Stable public id, e.g. `req/answer-late`; the file path under rules/ is the same. */
  id: string;
  ledger: RuleLedger;
  title: { zh: string; en: string };
  severity: Severity;
  /** What it enforces, cited as in the sources: 条例第三十三条, 普陀规定第九条, 吴江规定第二十二条. */
  articles: string[];
  /** One sentence of Chinese: what the rule checks and why. */
  description: string;
  /** Profile deadline parameters the rule's due date depends on (see rules/ledgers/deadlines.ts). */
  deadlines?: string[];
  /** The rule's own options (not deadlines), as a TypeBox schema with defaults. */
  schema: P;
  /** Chinese message templates keyed by message id; {{subject}}, {{due}}, {{actual}}, {{lateWorkdays}},
   *  {{asOf}}, {{section}} and any key of the finding's details are filled in. */
  messages: Record<string, string>;
}

/**
 * How lateWorkdays is computed: `actual` = ord(actual) − ord(due) when actual > due; `actual-or-as-of`
 * the same, or ord(asOf) − ord(due) for an open item (actual null, asOf past due); `none` = null.
 */
export type LateMode = 'actual' | 'actual-or-as-of' | 'none';

export interface RowCheck {
  /** The condition over the relation row `x` that makes a finding. */
  when: Sql;
  due?: Sql;
  actual?: Sql;
  late?: LateMode;
  /** A jsonb object: the computation behind the finding, for the "why". */
  details?: Sql<unknown>;
  /** A key of meta.messages, or a SQL expression choosing one per row. */
  messageId: string | Sql<string>;
}

export interface RowRuleContext<P> {
  options: P;
  /** The as-of date as a SQL date parameter. */
  asOf: Sql<string>;
  /** The profile's deadline parameters (for the finding's details; due dates come from the relation). */
  deadlines: DeadlineParams;
}

export interface RowRule<P extends TObject = TObject> {
  kind: 'row';
  meta: RuleMeta<P>;
  create(context: RowRuleContext<Static<P>>): RowCheck;
}

export interface QueryRuleContext<P> {
  db: Kysely<Database>;
  agency: string;
  asOf: string;
  options: P;
}

/** A finding as a rule with its own query returns it (the annual-report rules). */
export interface QueryFinding {
  subject: string;
  section: string | null;
  due: string | null;
  actual: string | null;
  lateWorkdays: number | null;
  /** The date that places the finding in a period when it has no due date (default: due). */
  periodDate?: string;
  details: Record<string, unknown>;
  messageId: string;
}

export interface QueryRule<P extends TObject = TObject> {
  kind: 'query';
  meta: RuleMeta<P>;
  run(context: QueryRuleContext<Static<P>>): Promise<QueryFinding[]>;
}

export type Rule = RowRule | QueryRule;

export const SUBJECT_KIND: Record<RuleLedger, SubjectKind> = {
  documents: 'document',
  requests: 'request',
  publications: 'publication',
  columns: 'column',
  'annual-reports': 'annual_report',
};

export function defineRowRule<P extends TObject>(rule: Omit<RowRule<P>, 'kind'>): RowRule<P> {
  return { kind: 'row', ...rule };
}

export function defineQueryRule<P extends TObject>(rule: Omit<QueryRule<P>, 'kind'>): QueryRule<P> {
  return { kind: 'query', ...rule };
}
