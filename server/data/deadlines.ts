// Open items and their deadlines, for a section's self-check (科室自查): unanswered requests, proactive
// information not yet published, information not yet sent to the office or not yet released by it. The
// due dates come from the rules' own ledger relations (one computation of every deadline), so the list
// agrees with the findings the rules make once a date passes. Only deadlines the agency's profile
// enforces are listed. One query: the open items of both ledgers, joined to the calendar for the working
// days left.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { resolveProfile } from '../../rules/profiles/index.ts';
import { workdayOrdinal } from '../../db/calendar/workdays.ts';
import { documentsRelation } from '../../rules/ledgers/documents.ts';
import { requestsRelation } from '../../rules/ledgers/requests.ts';

export const DEADLINE_KIND_NAMES = {
  'request-answer': '依申请公开答复',
  'document-submission': '科室报送办公室',
  'document-release': '办公室发布',
  'document-proactive': '主动公开',
} as const;

type DeadlineKind = keyof typeof DEADLINE_KIND_NAMES;

/** Each kind's open items over its relation x, and the rule that enforces that deadline. */
const OPEN_ITEMS: { kind: DeadlineKind; rule: string; ledger: 'req' | 'doc'; select: ReturnType<typeof sql> }[] = [
  {
    kind: 'request-answer',
    rule: 'req/answer-overdue',
    ledger: 'req',
    select: sql`select x.request_no as subject, x.description as title, x.section, x.answer_due as due from req x
      where x.answered_on is null and not x.on_the_spot and not x.awaiting_correction`,
  },
  {
    kind: 'document-submission',
    rule: 'doc/submission-late',
    ledger: 'doc',
    select: sql`select x.record_key, x.title, x.section, x.submission_due from doc x
      where x.submitted_on is null and x.published_on is null and x.repealed_on is null`,
  },
  {
    kind: 'document-release',
    rule: 'doc/release-late',
    ledger: 'doc',
    select: sql`select x.record_key, x.title, x.section, x.release_due from doc x
      where x.attribute = '主动公开' and x.submitted_on is not null and x.published_on is null and x.repealed_on is null`,
  },
  {
    kind: 'document-proactive',
    rule: 'doc/proactive-unpublished',
    ledger: 'doc',
    select: sql`select x.record_key, x.title, x.section, x.proactive_due from doc x
      where x.attribute = '主动公开' and x.published_on is null and x.repealed_on is null`,
  },
];

export interface DeadlineFilter {
  agency: string;
  section: string | null;
  asOf: string;
  within: number;
}

export async function upcomingDeadlines(db: Kysely<Database>, profileId: string, f: DeadlineFilter) {
  await workdayOrdinal(db, f.asOf); // an as-of date outside the calendar is an error, not an empty list
  const profile = resolveProfile(profileId);
  const context = { agency: f.agency, asOf: f.asOf, deadlines: profile.deadlines };
  const enforced = OPEN_ITEMS.filter((k) => profile.rules.has(k.rule));
  if (enforced.length === 0) return [];
  const open = sql.join(
    enforced.map((k) => sql`select ${k.kind}::text as kind, o.* from (${k.select}) as o(subject, title, section, due)`),
    sql` union all `,
  );
  const { rows } = await sql<{ kind: DeadlineKind; subject: string; title: string | null; section: string | null; due: string; workdays_left: number }>`
    with req as (${requestsRelation.relation(context)}),
         doc as (${documentsRelation.relation(context)}),
         open_items as (${open})
    select i.kind, i.subject, i.title, i.section, i.due,
      (c_due.ordinal - c_as_of.ordinal)::int as workdays_left
    from open_items i
    join calendar_day c_due on c_due.day = i.due
    join calendar_day c_as_of on c_as_of.day = ${f.asOf}::date
    where i.due is not null
      and c_due.ordinal - c_as_of.ordinal <= ${f.within}
      and (${f.section}::text is null or i.section = ${f.section})
    order by i.due, i.kind, i.subject`.execute(db);
  return rows.map((r) => ({
    kind: r.kind,
    kindName: DEADLINE_KIND_NAMES[r.kind],
    subject: r.subject,
    title: r.title,
    section: r.section,
    due: r.due,
    workdaysLeft: r.workdays_left,
  }));
}
