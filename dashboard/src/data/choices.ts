// Option lists for the filters: the sections that have findings (the API has no section list; the
// overview's count by section names every section with a finding) and the rules of the agency's profile.
import { getJson } from '../api/client.ts';
import type { Overview, RuleCatalogue } from '../api/types.ts';

export async function sectionChoices(agency: string | null): Promise<string[]> {
  const overview = await getJson<Overview>('/overview', { agency });
  return overview.bySection
    .map((s) => s.section)
    .filter((s): s is string => s !== null)
    .sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

export async function ruleCatalogue(agency: string | null): Promise<RuleCatalogue> {
  return getJson<RuleCatalogue>('/rules', { agency });
}
