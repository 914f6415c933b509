-- report/annual-duplicate compares each annual report with the agency's previous one and with every other
-- agency's report of the same year. The distinct character grams of a report's reduced text are computed
-- once and kept here, under a signature of everything they depend on (the text, the gram length and the
-- agency names removed from it), so that a city's catalogue reduces each report once instead of once for
-- every agency it is compared with (docs/SCALING.md). A changed text, gram length or agency list changes the
-- signature and the grams are computed again; a deleted report takes its grams with it.
create table annual_report_text_grams (
  agency      text not null,
  year        integer not null,
  signature   text not null,
  gram_count  integer not null,
  primary key (agency, year),
  foreign key (agency, year) references annual_report (agency, year) on delete cascade
);

create table annual_report_gram (
  agency  text not null,
  year    integer not null,
  gram    text not null,
  primary key (agency, year, gram),
  foreign key (agency, year) references annual_report_text_grams (agency, year) on delete cascade
);
