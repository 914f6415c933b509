// The findings an inspection record lists, as one SQL relation: either a saved inspection's snapshot (with
// its rectification deadlines) or, for a period no inspection was saved for, the agency's current findings
// that fall in the period (docs/dev/rule-semantics.md "Period filter": by due date, else by the subject's
// own date). The rows, the per-section counts and the rectification follow-up all read this relation.
import { sql, type RawBuilder } from 'kysely';

export interface Period {
  from: string;
  to: string;
}

export type RecordSource = { agency: string } & ({ inspection: number } | { period: Period });

export interface RecordScope {
  /** A section user's record holds its own section's findings only. */
  section: string | null;
  /** The date rectification deadlines are judged at. */
  asOf: string;
}

/**
 * Columns: id, rule, severity, section, subject_kind, subject, title, due, actual, late_workdays, message,
 * status, status_note, rectify_by, rectified_on, rectification (done | late | overdue | pending, null with
 * no deadline and no rectification date).
 */
export function recordRelation(source: RecordSource, scope: RecordScope): RawBuilder<unknown> {
  const conditions = [sql`f.agency = ${source.agency}`];
  let snapshot: RawBuilder<unknown>;
  if ('inspection' in source) {
    snapshot = sql`join inspection_finding x on x.finding_id = f.id`;
    conditions.push(sql`x.inspection_id = ${source.inspection}`);
  } else {
    // A period has no saved rectification deadlines: the columns are there, empty.
    snapshot = sql`cross join (select null::date as rectify_by, null::date as rectified_on) x`;
    conditions.push(
      sql`not f.resolved_by_data`,
      sql`coalesce(f.due, greatest(d.formed_on, d.changed_on), r.received_on, p.published_on, c.last_published_on,
            case when f.subject_kind = 'annual_report' and f.subject ~ '^[0-9]{4}$'
                 then make_date(f.subject::int + 1, 1, 31) end)
          between ${source.period.from}::date and ${source.period.to}::date`,
    );
  }
  if (scope.section !== null) conditions.push(sql`f.section = ${scope.section}`);
  return sql`(
    select f.id, f.rule, f.severity, f.section, f.subject_kind, f.subject,
      coalesce(f.details->>'title', d.title, p.title) as title,
      f.due, f.actual, f.late_workdays, f.message, f.status, f.status_note,
      x.rectify_by, x.rectified_on,
      case
        when x.rectified_on is not null and x.rectified_on > x.rectify_by then 'late'
        when x.rectified_on is not null then 'done'
        when x.rectify_by is null then null
        when x.rectify_by < ${scope.asOf}::date then 'overdue'
        else 'pending'
      end as rectification
    from finding f
    ${snapshot}
    left join document d on f.subject_kind = 'document' and d.agency = f.agency and d.record_key = f.subject
    left join request r on f.subject_kind = 'request' and r.agency = f.agency and r.request_no = f.subject
    left join publication p on f.subject_kind = 'publication' and p.agency = f.agency and p.record_key = f.subject
    left join (
      select agency, channel || '/' || column_name as column_key, max(published_on) as last_published_on
      from publication where agency = ${source.agency} and column_name is not null group by agency, channel, column_name
    ) c on f.subject_kind = 'column' and c.agency = f.agency and c.column_key = f.subject
    where ${sql.join(conditions, sql` and `)}
  )`;
}
