// Kysely table types. Dates are `YYYY-MM-DD` strings on both drivers (see type-parsers.ts); nullable
// columns are `T | null`, never optional; database-made columns are Generated<>.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type DateString = string;
type Json = ColumnType<unknown, string | undefined, string>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface AgencyTable {
  code: string;
  name: string;
  profile: Generated<string>;
  created_at: Generated<Timestamp>;
}

export interface SectionTable {
  agency: string;
  name: string;
}

export type Role = 'leader' | 'office' | 'section' | 'appraisal';

export interface AppUserTable {
  id: Generated<number>;
  login: string;
  password_hash: string;
  display_name: string | null;
  role: Role;
  agency: string | null;
  section: string | null;
  created_at: Generated<Timestamp>;
}

export interface AppSessionTable {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<Timestamp>;
  actor: string | null;
  action: string;
  target: string | null;
  details: Json;
}

export interface CalendarDayTable {
  day: DateString;
  is_workday: boolean;
  ordinal: number;
  name: string | null;
  source: string;
}

export interface CalendarYearTable {
  year: number;
  source: string;
  version: number;
  loaded_at: Generated<Timestamp>;
}

export type LedgerKind = 'documents' | 'requests' | 'publications' | 'annual-reports';

export interface ImportBatchTable {
  id: Generated<number>;
  agency: string;
  ledger: LedgerKind;
  source_format: string;
  file_name: string;
  checksum: string;
  rows_read: Generated<number>;
  rows_loaded: Generated<number>;
  rows_updated: Generated<number>;
  rows_rejected: Generated<number>;
  imported_by: string | null;
  imported_at: Generated<Timestamp>;
  details: Json;
}

export interface ImportRejectTable {
  batch_id: number;
  row_number: number;
  raw: Json;
  reasons: Json;
}

interface Provenance {
  batch_id: number | null;
  source_row: number | null;
  extra: Json;
}

export interface DocumentTable extends Provenance {
  agency: string;
  record_key: string;
  section: string;
  doc_no: string | null;
  title: string;
  kind: Generated<'公文' | '非公文'>;
  category: string | null;
  formed_on: DateString;
  changed_on: DateString | null;
  attribute: '主动公开' | '依申请公开' | '不予公开' | null;
  exempt_reason: string | null;
  exempt_basis: string | null;
  submitted_on: DateString | null;
  reviewed_on: DateString | null;
  reviewer: string | null;
  approved_on: DateString | null;
  approved_by: string | null;
  published_on: DateString | null;
  channel: string | null;
  url: string | null;
  index_no: string | null;
  interpretation_published_on: DateString | null;
  repealed_on: DateString | null;
}

export interface RequestTable extends Provenance {
  agency: string;
  request_no: string;
  applicant_type: string;
  applicant: string | null;
  id_provided: boolean | null;
  contact_provided: boolean | null;
  description: string | null;
  form_requested: string | null;
  channel: string;
  submitted_on: DateString | null;
  received_on: DateString;
  on_the_spot: Generated<boolean>;
  correction_requested_on: DateString | null;
  correction_received_on: DateString | null;
  third_party_sent_on: DateString | null;
  third_party_replied_on: DateString | null;
  extension_approved_on: DateString | null;
  extension_approved_by: string | null;
  extension_notified_on: DateString | null;
  extension_workdays: number | null;
  answered_on: DateString | null;
  outcome: string | null;
  refusal_reason: string | null;
  fee: number | null;
  archived_on: DateString | null;
  review_result: string | null;
  litigation_result: string | null;
  section: string | null;
}

export interface PublicationTable extends Provenance {
  agency: string;
  record_key: string;
  channel: string;
  column_name: string | null;
  title: string;
  published_at: Timestamp | null;
  published_on: DateString;
  url: string | null;
  doc_no: string | null;
  drafter: string | null;
  reviewer: string | null;
  signer: string | null;
  is_repost: Generated<boolean>;
  source: string | null;
  section: string | null;
}

export interface AnnualReportTable extends Provenance {
  agency: string;
  year: number;
  published_on: DateString | null;
  submitted_on: DateString | null;
  url: string | null;
  full_text: string | null;
  figures: Json;
}

export type Severity = 'info' | 'warning' | 'error';
export type FindingStatus = 'open' | 'rectified' | 'explained' | 'waived';
export type SubjectKind = 'document' | 'request' | 'publication' | 'annual_report' | 'column';

export interface RuleRunTable {
  id: Generated<number>;
  agency: string;
  profile: string;
  profile_version: string;
  as_of: DateString;
  period_from: DateString | null;
  period_to: DateString | null;
  started_at: Generated<Timestamp>;
  finished_at: Timestamp | null;
  finding_count: Generated<number>;
  started_by: string | null;
}

export interface FindingTable {
  id: Generated<number>;
  agency: string;
  rule: string;
  severity: Severity;
  subject_kind: SubjectKind;
  subject: string;
  section: string | null;
  due: DateString | null;
  actual: DateString | null;
  late_workdays: number | null;
  message: string;
  details: Json;
  profile: string;
  profile_version: string;
  first_run_id: number;
  last_run_id: number;
  resolved_by_data: Generated<boolean>;
  status: Generated<FindingStatus>;
  status_by: string | null;
  status_note: string | null;
  status_at: Timestamp | null;
  /** The due date, else the subject's own date: what places the finding in a period (set by the engine). */
  period_date: Generated<DateString | null>;
}

export interface InspectionTable {
  id: Generated<number>;
  agency: string;
  period_from: DateString;
  period_to: DateString;
  created_by: string | null;
  created_at: Generated<Timestamp>;
  signed_by: string | null;
  signed_at: Timestamp | null;
  note: string | null;
}

export interface InspectionFindingTable {
  inspection_id: number;
  finding_id: number;
  rectify_by: DateString | null;
  rectified_on: DateString | null;
  rectify_set_by: string | null;
  rectify_set_at: Timestamp | null;
}

export interface Database {
  agency: AgencyTable;
  section: SectionTable;
  app_user: AppUserTable;
  app_session: AppSessionTable;
  audit_log: AuditLogTable;
  calendar_day: CalendarDayTable;
  calendar_year: CalendarYearTable;
  import_batch: ImportBatchTable;
  import_reject: ImportRejectTable;
  document: DocumentTable;
  request: RequestTable;
  publication: PublicationTable;
  annual_report: AnnualReportTable;
  rule_run: RuleRunTable;
  finding: FindingTable;
  inspection: InspectionTable;
  inspection_finding: InspectionFindingTable;
}

export type Document = Selectable<DocumentTable>;
export type NewDocument = Insertable<DocumentTable>;
export type Request = Selectable<RequestTable>;
export type NewRequest = Insertable<RequestTable>;
export type Finding = Selectable<FindingTable>;
export type FindingUpdate = Updateable<FindingTable>;
