// Each request with its answer deadline as the rules compute it (rules/ledgers/requests.ts, with the
// agency's profile): start, paused working days, the counted extension, the original and the extended due
// date, and its state at the as-of date. `overdue` and `late` are the conditions of req/answer-overdue and
// req/answer-late themselves, so a request is late here exactly when the rules report it; working days
// late are ord(answered, or the as-of date) − ord(due), as in a finding.
import { sql } from 'kysely';
import { requestsRelation } from '../../rules/ledgers/requests.ts';
import { ANSWER_DEADLINE_RUNS } from '../../rules/req/explain.ts';
import { anyRuleFires, unionOverAgencies, type AgencyProfile } from './agency-relations.ts';
import type { ComputedColumns } from './ledgers.ts';

export const REQUEST_DEADLINE_COLUMNS = {
  startOn: ['start_on', 'date'],
  pausedWorkdays: ['paused', 'int32'],
  countedExtensionWorkdays: ['extension', 'int32'],
  baseDue: ['base_due_running', 'date'],
  answerDue: ['answer_due_running', 'date'],
  answerStatus: ['answer_status', 'utf8'],
  lateWorkdays: ['late_workdays', 'int32'],
} as const satisfies ComputedColumns;

/** The requests of `agencies` as the rules' relation, with the columns above; null when there is no agency. */
export function requestsWithDeadlines(agencies: readonly AgencyProfile[], asOf: string) {
  const union = unionOverAgencies(agencies, asOf, (context, profile) => sql`
    select x.*,
      -- No deadline runs for a request answered on the spot or waiting for a correction.
      case when ${ANSWER_DEADLINE_RUNS} then x.base_due end as base_due_running,
      case when ${ANSWER_DEADLINE_RUNS} then x.answer_due end as answer_due_running,
      case
        when x.on_the_spot then 'on-the-spot'
        when x.awaiting_correction then 'awaiting-correction'
        when x.answer_due is null then 'calendar-missing'
        when ${anyRuleFires(profile, ['req/answer-overdue'], asOf)} then 'overdue'
        when ${anyRuleFires(profile, ['req/answer-late'], asOf)} then 'late'
        when x.answered_on is null then 'open'
        else 'on-time'
      end as answer_status
    from (${requestsRelation.relation(context)}) x`);
  if (!union) return null;
  return sql`
    select y.*,
      case when y.answer_status in ('overdue', 'late') then c_end.ordinal - c_due.ordinal end as late_workdays
    from (${union}) y
    left join calendar_day c_due on c_due.day = y.answer_due
    left join calendar_day c_end on c_end.day = coalesce(y.answered_on, ${asOf}::date)`;
}
