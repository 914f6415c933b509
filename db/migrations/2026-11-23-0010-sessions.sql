-- Log-in sessions of the server. The cookie carries a random token; the database keeps only its SHA-256,
-- so a leaked table (or backup) opens no session. Each session has its own CSRF token, which every state
-- change must echo in a header (synchronizer token).
create table app_session (
  token_hash    text primary key,
  user_id       integer not null references app_user(id) on delete cascade,
  csrf_token    text not null,
  created_at    timestamptz not null default now(),
  expires_at    timestamptz not null,
  ip            text,
  user_agent    text
);
create index app_session_user on app_session (user_id);
create index app_session_expires on app_session (expires_at);

-- Rectification follow-up of an inspection's findings: who set the deadline, and when.
alter table inspection_finding add column rectify_set_by text;
alter table inspection_finding add column rectify_set_at timestamptz;
