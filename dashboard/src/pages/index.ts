// Every page of the dashboard by id; navigation.ts says who is offered which.
import type { PageDefinition } from '../app/context.ts';
import { NAVIGATION } from '../app/navigation.ts';
import { renderOverview } from './overview.ts';
import { renderFindings } from './findings.ts';
import { renderSelfCheck } from './self-check.ts';
import { renderRequests } from './requests.ts';
import { renderProactive } from './proactive.ts';
import { renderAnnualReport } from './annual-report.ts';
import { renderInspections } from './inspections.ts';
import { renderAppraisal } from './appraisal.ts';
import { renderImports } from './imports.ts';
import { renderRules } from './rules.ts';

const RENDERERS: Record<string, PageDefinition['render']> = {
  overview: renderOverview,
  findings: renderFindings,
  'self-check': renderSelfCheck,
  requests: renderRequests,
  proactive: renderProactive,
  'annual-report': renderAnnualReport,
  inspections: renderInspections,
  appraisal: renderAppraisal,
  imports: renderImports,
  rules: renderRules,
};

export const PAGES: ReadonlyMap<string, PageDefinition> = new Map(
  NAVIGATION.map((entry) => [entry.id, { ...entry, render: RENDERERS[entry.id]! }]),
);
