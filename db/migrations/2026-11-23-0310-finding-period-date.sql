-- The date that places a finding in a period (docs/dev/rule-semantics.md "Period filter"): its due date, or,
-- for a finding with no due date, its subject's own date (a document's formed/changed date, a request's
-- received date, a post's date, a column's last post, January 31 after a report's year). `gongkai check
-- --from/--to` filters by it while evaluating; kept on the finding, the dashboard's lists, the inspection
-- snapshot and the appraisal read a period the same way. Null on findings merged before this column, until
-- the next run fills it.
alter table finding add column period_date date;
create index finding_agency_period on finding (agency, period_date);
