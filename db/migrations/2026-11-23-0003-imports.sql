-- Provenance: every file imported and every row it rejected.
create table import_batch (
  id              bigserial primary key,
  agency          text not null references agency(code) on delete cascade,
  ledger          text not null check (ledger in ('documents', 'requests', 'publications', 'annual-reports')),
  source_format   text not null,
  file_name       text not null,
  checksum        text not null,
  rows_read       integer not null default 0,
  rows_loaded     integer not null default 0,
  rows_updated    integer not null default 0,
  rows_rejected   integer not null default 0,
  imported_by     text,
  imported_at     timestamptz not null default now(),
  details         jsonb not null default '{}'::jsonb
);

create table import_reject (
  batch_id    bigint not null references import_batch(id) on delete cascade,
  row_number  integer not null,
  raw         jsonb not null,
  reasons     jsonb not null,
  primary key (batch_id, row_number)
);
