// The computation behind a request's deadline, as the details of every request finding (the "why").
import { sql } from 'kysely';
import type { Sql } from '../types.ts';
import type { DeadlineParams } from '../ledgers/deadlines.ts';

export function requestDeadlineDetails(deadlines: DeadlineParams, extra: Sql = sql`'{}'::jsonb`): Sql {
  return sql`jsonb_build_object(
      'receivedOn', x.received_on, 'submittedOn', x.submitted_on, 'channel', x.channel,
      'correctionRequestedOn', x.correction_requested_on, 'correctionReceivedOn', x.correction_received_on,
      'startOn', x.start_on, 'consultationSentOn', x.third_party_sent_on,
      'consultationRepliedOn', x.third_party_replied_on, 'pausedWorkdays', x.paused,
      'extensionApprovedOn', x.extension_approved_on, 'extensionApprovedBy', x.extension_approved_by,
      'extensionNotifiedOn', x.extension_notified_on, 'extensionWorkdays', x.extension_workdays,
      'countedExtensionWorkdays', x.extension, 'answerWorkdays', ${deadlines.answerWorkdays}::int,
      'originalDue', x.base_due, 'answerDue', x.answer_due, 'answeredOn', x.answered_on) || ${extra}`;
}

/** Requests whose answer deadline runs: not answered on the spot, not waiting for a correction. */
export const ANSWER_DEADLINE_RUNS = sql<boolean>`not x.on_the_spot and not x.awaiting_correction`;
