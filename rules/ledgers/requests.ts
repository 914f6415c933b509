// Requests with their deadlines (DESIGN.md "Deadlines"; 条例第三十、三十二、三十三条):
//   start      = the correction-received date if a correction was received, else the received date;
//   paused     = ord(consultation replied) − ord(consultation sent), the consultation time not counted
//                (an unanswered consultation runs to the answer date, or the as-of date);
//   extension  = the approved extension, capped at the lawful maximum (20 when approved with no length);
//   base_due   = wd(start, 20 + paused), the original deadline; answer_due = wd(start, 20 + paused + extension).
// A request awaiting a correction has no running deadline; one answered on the spot has none at all.
// The requests are those known at the as-of date (known-at.ts): what happened after it is not yet.
import { sql } from 'kysely';
import { calendarGapYear, calendarOf, workdayAfter, type LedgerRelation } from './relation.ts';
import { requestsKnownAt } from './known-at.ts';

export const requestsRelation: LedgerRelation = {
  ledger: 'requests',
  subject: 'request_no',
  section: 'section',
  periodDate: 'received_on',
  relation: ({ agency, asOf, deadlines }) => sql`
    select r.*,
      coalesce(r.correction_received_on, r.received_on) as start_on,
      (r.correction_requested_on is not null and r.correction_received_on is null) as awaiting_correction,
      k.paused, k.extension,
      base_due.day as base_due,
      answer_due.day as answer_due,
      correction_due.day as correction_due,
      archive_due.day as archive_due,
      coalesce(b.details -> 'columns' @> '["description"]'::jsonb, true) as had_description_column,
      ${asOf}::date as as_of,
      ${calendarGapYear([
        ['r.received_on', 'c_received'],
        ['coalesce(r.correction_received_on, r.received_on)', 'c_start'],
        ['r.third_party_sent_on', 'c_consult_sent'],
        ['(case when r.third_party_sent_on is not null then coalesce(r.third_party_replied_on, r.answered_on) end)', 'c_consult_end'],
        ['r.answered_on', 'c_answered'],
      ])} as calendar_gap_year
    from ${requestsKnownAt(agency, asOf)} r
    ${calendarOf('c_received', 'r.received_on')}
    ${calendarOf('c_start', 'coalesce(r.correction_received_on, r.received_on)')}
    ${calendarOf('c_consult_sent', 'r.third_party_sent_on')}
    ${calendarOf('c_consult_end', sql`coalesce(r.third_party_replied_on, r.answered_on, ${asOf}::date)`)}
    ${calendarOf('c_answered', 'r.answered_on')}
    cross join lateral (
      select
        case when r.third_party_sent_on is null then 0
             else greatest(c_consult_end.ordinal - c_consult_sent.ordinal, 0) end as paused,
        case when r.extension_approved_on is null then 0
             else least(coalesce(r.extension_workdays, ${deadlines.extensionMaxWorkdays}::int),
                        ${deadlines.extensionMaxWorkdays}::int) end as extension
    ) k
    ${workdayAfter('base_due', 'c_start', sql`${deadlines.answerWorkdays}::int + k.paused`)}
    ${workdayAfter('answer_due', 'c_start', sql`${deadlines.answerWorkdays}::int + k.paused + k.extension`)}
    ${workdayAfter('correction_due', 'c_received', sql`${deadlines.correctionNoticeWorkdays}::int`)}
    ${workdayAfter('archive_due', 'c_answered', sql`${deadlines.archiveWorkdays}::int`)}
    left join import_batch b on b.id = r.batch_id`,
};
