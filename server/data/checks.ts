// Re-running the rules for one agency (after an import, or on request) and summarising the run. A ledger
// date outside the loaded calendar is the user's to fix, so it is a 400 with the engine's message.
import type { Gk } from '../../db/connection.ts';
import { CalendarRangeError } from '../../db/calendar/errors.ts';
import { todayInChina } from '../../db/calendar/dates.ts';
import { runRules } from '../../rules/engine/run.ts';
import { badRequest } from '../errors.ts';

export interface CheckRequest {
  agency: string;
  asOf?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  user: string;
}

export async function runCheck(gk: Gk, check: CheckRequest) {
  const asOf = check.asOf ?? todayInChina();
  try {
    const result = await runRules(gk, { agency: check.agency, asOf, from: check.from ?? null, to: check.to ?? null, persist: true, user: check.user });
    const byRule = new Map<string, { rule: string; severity: (typeof result.findings)[number]['severity']; count: number }>();
    for (const f of result.findings) {
      const entry = byRule.get(f.rule) ?? { rule: f.rule, severity: f.severity, count: 0 };
      entry.count += 1;
      byRule.set(f.rule, entry);
    }
    return {
      runId: result.runId,
      agency: check.agency,
      asOf,
      profile: result.profile.id,
      profileVersion: result.profile.version,
      findings: result.findings.length,
      byRule: [...byRule.values()].sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule)),
    };
  } catch (error) {
    if (error instanceof CalendarRangeError) throw badRequest(`检查无法完成：${error.message}`, 'asOf');
    throw error;
  }
}
