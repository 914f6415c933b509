-- Agencies, sections, users and the append-only audit log.
create table agency (
  code        text primary key,
  name        text not null,
  profile     text not null default 'national-2019',
  created_at  timestamptz not null default now()
);

create table section (
  agency  text not null references agency(code) on delete cascade,
  name    text not null,
  primary key (agency, name)
);

create table app_user (
  id             serial primary key,
  login          text not null unique,
  password_hash  text not null,
  display_name   text,
  role           text not null check (role in ('leader', 'office', 'section', 'appraisal')),
  agency         text references agency(code) on delete cascade,
  section        text,
  created_at     timestamptz not null default now()
);

create table audit_log (
  id          bigserial primary key,
  at          timestamptz not null default now(),
  actor       text,
  action      text not null,
  target      text,
  details     jsonb not null default '{}'::jsonb
);

-- The log is append-only: updates and deletes are refused by the database itself.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_no_change before update or delete on audit_log
  for each row execute function audit_log_append_only();
