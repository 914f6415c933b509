// Documents with their deadlines (DESIGN.md "Deadlines"): proactive publication and section submission
// from the later of formed and changed, office release from submission, interpretation from publication;
// and, from the publications ledger (linked by 文号, brackets and spaces aside) and the document's own
// channel, the first portal and first other-channel dates. Both ledgers as known at the as-of date
// (known-at.ts).
import { sql } from 'kysely';
import { isPortalChannel } from './channels.ts';
import { normalisedDocNo } from './doc-numbers.ts';
import { calendarGapYear, calendarOf, workdayAfter, type LedgerRelation } from './relation.ts';
import { documentsKnownAt, publicationsKnownAt } from './known-at.ts';

export const documentsRelation: LedgerRelation = {
  ledger: 'documents',
  subject: 'record_key',
  section: 'section',
  periodDate: 'fc',
  relation: ({ agency, asOf, deadlines }) => sql`
    select d.*,
      greatest(d.formed_on, d.changed_on) as fc,
      proactive.day as proactive_due,
      submission.day as submission_due,
      office_release.day as release_due,
      case when ${deadlines.interpretationWorkdays}::int = 0 then d.published_on else interpretation.day end
        as interpretation_due,
      pubs.first_portal_on,
      case when d.published_on is not null and ${isPortalChannel(sql`coalesce(d.channel, '门户网站')`)}
           then least(pubs.first_portal_on, d.published_on) else pubs.first_portal_on end as first_portal_any_on,
      -- The document's own publication counts too, on whichever side its channel falls.
      case when d.published_on is not null and d.channel is not null and not ${isPortalChannel(sql`d.channel`)}
           then least(pubs.first_other_on, d.published_on) else pubs.first_other_on end as first_other_on,
      least(d.published_on, pubs.first_on) as first_published_on,
      ${asOf}::date as as_of,
      ${calendarGapYear([
        ['greatest(d.formed_on, d.changed_on)', 'c_fc'],
        ['d.submitted_on', 'c_submitted'],
        ['d.published_on', 'c_published'],
      ])} as calendar_gap_year
    from ${documentsKnownAt(agency, asOf)} d
    ${calendarOf('c_fc', 'greatest(d.formed_on, d.changed_on)')}
    ${workdayAfter('proactive', 'c_fc', sql`${deadlines.proactiveWorkdays}::int`)}
    ${workdayAfter('submission', 'c_fc', sql`${deadlines.sectionSubmissionWorkdays}::int`)}
    ${calendarOf('c_submitted', 'd.submitted_on')}
    ${workdayAfter('office_release', 'c_submitted', sql`${deadlines.officeReleaseWorkdays}::int`)}
    ${calendarOf('c_published', 'd.published_on')}
    ${workdayAfter('interpretation', 'c_published', sql`${deadlines.interpretationWorkdays}::int`)}
    left join (
      select ${normalisedDocNo(sql`p.doc_no`)} as doc_key,
        min(p.published_on) filter (where ${isPortalChannel(sql`p.channel`)}) as first_portal_on,
        min(p.published_on) filter (where not ${isPortalChannel(sql`p.channel`)}) as first_other_on,
        min(p.published_on) as first_on
      from ${publicationsKnownAt(agency, asOf)} p
      where p.doc_no is not null
      group by 1
    ) pubs on pubs.doc_key = ${normalisedDocNo(sql`d.doc_no`)}`,
};
