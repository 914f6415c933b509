-- The number of grams two annual-report texts share, for report/annual-duplicate, keyed by the two texts'
-- signatures (annual_report_text_grams.signature, lesser first): valid for as long as neither text, the gram
-- length nor the names removed change, so a re-run of the catalogue compares nothing again, and a city's
-- first run counts each pair once instead of once from each side. Entries of signatures no report has any
-- more are removed when grams are written.
create table annual_report_similarity (
  signature_a  text not null,
  signature_b  text not null,
  shared       integer not null,
  primary key (signature_a, signature_b)
);
