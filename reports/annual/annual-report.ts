// The annual report of one agency and year as Gongkai knows it: the figures computed from the ledgers, the
// figures as published (when the report was imported), where the two differ, and which identities of the
// official table either set breaks. Every output format (xlsx, docx, JSON) renders this one object.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { findAgency, type AgencyRef } from '../agency.ts';
import { computeLedgerTables } from './ledger-tables.ts';
import { brokenIdentities, type BrokenIdentity } from './identities.ts';
import type { FigureLookup } from './official-tables.ts';
import { ALL_FIGURE_KEYS, NOT_FROM_LEDGER, PART3_COLUMNS, figure, part3Key, type Figures } from './layout.ts';

export interface FigureDifference {
  key: string;
  published: number;
  computed: number;
}

export interface CarryoverDifference {
  column: string;
  carriedIn: number;
  lastYearCarriedOut: number;
}

export interface AnnualReport {
  agency: AgencyRef;
  year: number;
  computed: {
    figures: Figures;
    /** Keys no ledger gives (left empty in the computed table). */
    notFromLedger: readonly string[];
    /** Requests answered in the year with no outcome leaf of the table: they are missing from 总计. */
    unclassified: number;
    hasRequests: boolean;
    brokenIdentities: BrokenIdentity[];
  };
  published: {
    publishedOn: string | null;
    url: string | null;
    figures: Figures;
    brokenIdentities: BrokenIdentity[];
    /** This year's 上年结转 against last year's published 结转下年度; null without last year's report. */
    carryover: CarryoverDifference[] | null;
  } | null;
  /** Published minus computed, every figure the ledgers give; empty without a published report. */
  differences: FigureDifference[];
}

export function figureDifferences(published: Figures, computed: Figures): FigureDifference[] {
  return ALL_FIGURE_KEYS.filter((key) => !NOT_FROM_LEDGER.includes(key))
    .map((key) => ({ key, published: figure(published, key), computed: figure(computed, key) }))
    .filter((d) => d.published !== d.computed);
}

function carryoverDifferences(figures: Figures, lastYear: Figures): CarryoverDifference[] {
  return PART3_COLUMNS.map((column) => ({
    column,
    carriedIn: figure(figures, part3Key('上年结转', column)),
    lastYearCarriedOut: figure(lastYear, part3Key('结转下年度', column)),
  })).filter((d) => d.carriedIn !== d.lastYearCarriedOut);
}

export async function buildAnnualReport(db: Kysely<Database>, agencyCode: string, year: number): Promise<AnnualReport> {
  const agency = await findAgency(db, agencyCode);
  const ledger = await computeLedgerTables(db, agencyCode, year);
  const reports = await db
    .selectFrom('annual_report')
    .select(['year', 'published_on', 'url', 'figures'])
    .where('agency', '=', agencyCode)
    .where('year', 'in', [year, year - 1])
    .execute();
  const current = reports.find((r) => r.year === year);
  const previous = reports.find((r) => r.year === year - 1);
  const publishedFigures = (current?.figures ?? {}) as Figures;

  return {
    agency,
    year,
    computed: {
      figures: ledger.figures,
      notFromLedger: NOT_FROM_LEDGER,
      unclassified: ledger.unclassified,
      hasRequests: ledger.hasRequests,
      brokenIdentities: brokenIdentities(ledger.figures),
    },
    published: current
      ? {
          publishedOn: current.published_on,
          url: current.url,
          figures: publishedFigures,
          brokenIdentities: brokenIdentities(publishedFigures),
          carryover: previous ? carryoverDifferences(publishedFigures, (previous.figures ?? {}) as Figures) : null,
        }
      : null,
    differences: current ? figureDifferences(publishedFigures, ledger.figures) : [],
  };
}

/** The computed figures for the tables: 0 where the ledger has none, empty where no ledger could give one. */
export function computedLookup(report: AnnualReport): FigureLookup {
  const figures = report.computed.figures;
  return (key) => (NOT_FROM_LEDGER.includes(key) && !(key in figures) ? null : figure(figures, key));
}
