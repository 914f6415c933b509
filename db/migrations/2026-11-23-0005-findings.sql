-- Rule runs and their findings. A finding is identified by (agency, rule, subject kind, subject): a later
-- run that produces it again updates it and keeps its status; one no longer produced is resolved by data.
create table rule_run (
  id               bigserial primary key,
  agency           text not null references agency(code) on delete cascade,
  profile          text not null,
  profile_version  text not null,
  as_of            date not null,
  period_from      date,
  period_to        date,
  started_at       timestamptz not null default now(),
  finished_at      timestamptz,
  finding_count    integer not null default 0,
  started_by       text
);

create table finding (
  id               bigserial primary key,
  agency           text not null references agency(code) on delete cascade,
  rule             text not null,
  severity         text not null check (severity in ('info', 'warning', 'error')),
  subject_kind     text not null check (subject_kind in ('document', 'request', 'publication', 'annual_report', 'column')),
  subject          text not null,
  section          text,
  due              date,
  actual           date,
  late_workdays    integer,
  message          text not null,
  details          jsonb not null default '{}'::jsonb,
  profile          text not null,
  profile_version  text not null,
  first_run_id     bigint not null references rule_run(id),
  last_run_id      bigint not null references rule_run(id),
  resolved_by_data boolean not null default false,
  status           text not null default 'open' check (status in ('open', 'rectified', 'explained', 'waived')),
  status_by        text,
  status_note      text,
  status_at        timestamptz,
  unique (agency, rule, subject_kind, subject)
);
create index finding_agency_section on finding (agency, section);
create index finding_agency_due on finding (agency, due);

-- The leader's periodic inspection (定期检查评议): a period, a snapshot of findings, a signature.
create table inspection (
  id           bigserial primary key,
  agency       text not null references agency(code) on delete cascade,
  period_from  date not null,
  period_to    date not null,
  created_by   text,
  created_at   timestamptz not null default now(),
  signed_by    text,
  signed_at    timestamptz,
  note         text
);

create table inspection_finding (
  inspection_id        bigint not null references inspection(id) on delete cascade,
  finding_id           bigint not null references finding(id) on delete cascade,
  rectify_by           date,
  rectified_on         date,
  primary key (inspection_id, finding_id)
);
