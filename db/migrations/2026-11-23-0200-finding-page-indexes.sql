-- Indexes found by `npm run bench` (docs/SCALING.md). The findings list (/api/findings) shows the newest
-- due dates first, 50 at a time, among the findings not resolved by the data: with these it reads 50 index
-- entries instead of sorting every finding of the agency (or of all agencies, for the administrator).
create index finding_page_by_agency on finding (agency, due desc nulls last, id desc) where not resolved_by_data;
create index finding_page on finding (due desc nulls last, id desc) where not resolved_by_data;
