-- The working-day calendar. ordinal counts the workdays on or before the day, across the whole loaded
-- range, so "N working days after D" is the workday whose ordinal is ordinal(D) + N (a join, not a loop).
create table calendar_day (
  day         date primary key,
  is_workday  boolean not null,
  ordinal     integer not null,
  name        text,
  source      text not null
);
create index calendar_day_workday_ordinal on calendar_day (ordinal) where is_workday;

-- One row per loaded year: where it came from and the calendar version after loading it.
create table calendar_year (
  year        integer primary key,
  source      text not null,
  version     integer not null,
  loaded_at   timestamptz not null default now()
);
