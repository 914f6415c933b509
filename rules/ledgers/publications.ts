// Publications (website and new-media posts) as the rules see them, and the portal's columns with the
// date of their last post, both as known at the as-of date (known-at.ts).
import { sql } from 'kysely';
import { isPortalChannel } from './channels.ts';
import { calendarGapYear, calendarOf, type LedgerRelation } from './relation.ts';
import { publicationsKnownAt } from './known-at.ts';

export const publicationsRelation: LedgerRelation = {
  ledger: 'publications',
  subject: 'record_key',
  section: 'section',
  periodDate: 'published_on',
  relation: ({ agency, asOf }) => sql`
    select p.*,
      ${isPortalChannel(sql`p.channel`)} as is_portal,
      ${asOf}::date as as_of,
      ${calendarGapYear([['p.published_on', 'c_published']])} as calendar_gap_year
    from ${publicationsKnownAt(agency, asOf)} p
    ${calendarOf('c_published', 'p.published_on')}`,
};

export const columnsRelation: LedgerRelation = {
  ledger: 'columns',
  subject: 'column_key',
  section: null,
  periodDate: 'last_published_on',
  relation: ({ agency, asOf }) => sql`
    select p.channel, p.column_name, p.channel || '/' || p.column_name as column_key,
      max(p.published_on) as last_published_on, count(*)::int as posts,
      ${asOf}::date as as_of, null::int as calendar_gap_year
    from ${publicationsKnownAt(agency, asOf)} p
    where p.column_name is not null and ${isPortalChannel(sql`p.channel`)}
    group by p.channel, p.column_name`,
};
