-- Every ledger row names the import batch it came from (DESIGN.md: its batch and its source row). Foreign
-- keys checked that row by row: an index probe, a row lock and a trigger call for each of a million
-- imported rows, a quarter of the server's work in a bulk import (`npm run bench`, import vs COPY). The
-- same guarantees, checked once per statement over the statement's rows:
--   - every batch_id a statement writes names an existing batch, which stays locked against deletion
--     until the transaction ends (as the foreign key's check did);
--   - deleting a batch clears it from the ledger rows that named it (as ON DELETE SET NULL did).
alter table document drop constraint document_batch_id_fkey;
alter table request drop constraint request_batch_id_fkey;
alter table publication drop constraint publication_batch_id_fkey;
alter table annual_report drop constraint annual_report_batch_id_fkey;

create function ledger_batch_exists() returns trigger language plpgsql as $$
declare
  missing bigint;
begin
  perform 1 from import_batch b where b.id in (select distinct batch_id from written) for key share;
  select n.batch_id into missing
    from (select distinct batch_id from written where batch_id is not null) n
   where not exists (select 1 from import_batch b where b.id = n.batch_id)
   limit 1;
  if missing is not null then
    raise foreign_key_violation using
      message = format('insert or update on table "%s" names import batch %s, which does not exist', tg_table_name, missing);
  end if;
  return null;
end
$$;

-- A trigger with a transition table serves one event, so inserts and updates have one each.
create trigger document_batch_inserted after insert on document referencing new table as written for each statement execute function ledger_batch_exists();
create trigger document_batch_updated after update on document referencing new table as written for each statement execute function ledger_batch_exists();
create trigger request_batch_inserted after insert on request referencing new table as written for each statement execute function ledger_batch_exists();
create trigger request_batch_updated after update on request referencing new table as written for each statement execute function ledger_batch_exists();
create trigger publication_batch_inserted after insert on publication referencing new table as written for each statement execute function ledger_batch_exists();
create trigger publication_batch_updated after update on publication referencing new table as written for each statement execute function ledger_batch_exists();
create trigger annual_report_batch_inserted after insert on annual_report referencing new table as written for each statement execute function ledger_batch_exists();
create trigger annual_report_batch_updated after update on annual_report referencing new table as written for each statement execute function ledger_batch_exists();

create function import_batch_forgotten() returns trigger language plpgsql as $$
begin
  update document set batch_id = null where batch_id in (select id from forgotten);
  update request set batch_id = null where batch_id in (select id from forgotten);
  update publication set batch_id = null where batch_id in (select id from forgotten);
  update annual_report set batch_id = null where batch_id in (select id from forgotten);
  return null;
end
$$;

create trigger import_batch_forgotten after delete on import_batch referencing old table as forgotten for each statement execute function import_batch_forgotten();
