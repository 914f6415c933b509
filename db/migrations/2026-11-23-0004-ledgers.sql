-- The four ledgers. Dates are calendar dates in China (date, never timestamp). Each row keeps the batch
-- and source row that last wrote it, and the columns the importer did not map (extra).
create table document (
  agency                       text not null references agency(code) on delete cascade,
  record_key                   text not null,
  section                      text not null,
  doc_no                       text,
  title                        text not null,
  kind                         text not null default '公文' check (kind in ('公文', '非公文')),
  category                     text,
  formed_on                    date not null,
  changed_on                   date,
  attribute                    text check (attribute in ('主动公开', '依申请公开', '不予公开')),
  exempt_reason                text,
  exempt_basis                 text,
  submitted_on                 date,
  reviewed_on                  date,
  reviewer                     text,
  approved_on                  date,
  approved_by                  text,
  published_on                 date,
  channel                      text,
  url                          text,
  index_no                     text,
  interpretation_published_on  date,
  repealed_on                  date,
  batch_id                     bigint references import_batch(id) on delete set null,
  source_row                   integer,
  extra                        jsonb not null default '{}'::jsonb,
  primary key (agency, record_key)
);
create index document_agency_section on document (agency, section);
create index document_agency_doc_no on document (agency, doc_no);

create table request (
  agency                   text not null references agency(code) on delete cascade,
  request_no               text not null,
  applicant_type           text not null,
  applicant                text,
  id_provided              boolean,
  contact_provided         boolean,
  description              text,
  form_requested           text,
  channel                  text not null,
  submitted_on             date,
  received_on              date not null,
  on_the_spot              boolean not null default false,
  correction_requested_on  date,
  correction_received_on   date,
  third_party_sent_on      date,
  third_party_replied_on   date,
  extension_approved_on    date,
  extension_approved_by    text,
  extension_notified_on    date,
  extension_workdays       integer,
  answered_on              date,
  outcome                  text,
  refusal_reason           text,
  fee                      numeric(12, 2),
  archived_on              date,
  review_result            text,
  litigation_result        text,
  section                  text,
  batch_id                 bigint references import_batch(id) on delete set null,
  source_row               integer,
  extra                    jsonb not null default '{}'::jsonb,
  primary key (agency, request_no)
);

create table publication (
  agency        text not null references agency(code) on delete cascade,
  record_key    text not null,
  channel       text not null,
  column_name   text,
  title         text not null,
  published_at  timestamptz,
  published_on  date not null,
  url           text,
  doc_no        text,
  drafter       text,
  reviewer      text,
  signer        text,
  is_repost     boolean not null default false,
  source        text,
  section       text,
  batch_id      bigint references import_batch(id) on delete set null,
  source_row    integer,
  extra         jsonb not null default '{}'::jsonb,
  primary key (agency, record_key)
);
create index publication_agency_doc_no on publication (agency, doc_no);

-- The annual report as published: figures keyed "part.row.column" exactly as FORMATS.md names them.
create table annual_report (
  agency        text not null references agency(code) on delete cascade,
  year          integer not null,
  published_on  date,
  submitted_on  date,
  url           text,
  full_text     text,
  figures       jsonb not null default '{}'::jsonb,
  batch_id      bigint references import_batch(id) on delete set null,
  source_row    integer,
  extra         jsonb not null default '{}'::jsonb,
  primary key (agency, year)
);
