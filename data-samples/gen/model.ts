// The rows the generator builds, in canonical form (ISO dates, canonical values). The writers turn them
// into the messy shapes of real exports; the reference check reads them as the rules will.

export type Attribute = '主动公开' | '依申请公开' | '不予公开';
export type AgencyCode = 'putuo-yjj' | 'wujiang-yjj';
export type LedgerKind = 'documents' | 'requests' | 'publications' | 'annual-reports';

export interface DocumentRow {
  record_key: string;
  section: string;
  doc_no: string | null;
  title: string;
  kind: '公文' | '非公文';
  category: string | null;
  formed_on: string;
  changed_on: string | null;
  attribute: Attribute | null;
  /** How the export spells the attribute (免于公开 for 不予公开 in some rows). */
  attribute_text?: string;
  exempt_reason: string | null;
  exempt_basis: string | null;
  submitted_on: string | null;
  reviewed_on: string | null;
  reviewer: string | null;
  approved_on: string | null;
  approved_by: string | null;
  published_on: string | null;
  channel: string | null;
  url: string | null;
  index_no: string | null;
  interpretation_published_on: string | null;
  repealed_on: string | null;
  /** 备注: an extra column the importer keeps in provenance. */
  note: string | null;
  /** Generator-only: the portal column the document goes to, and a doc-number prefix to fill in. */
  column?: string;
  docPrefix?: string | null;
}

export interface RequestRow {
  request_no: string;
  applicant_type: string;
  applicant: string | null;
  id_provided: boolean | null;
  contact_provided: boolean | null;
  description: string | null;
  form_requested: string | null;
  channel: string;
  submitted_on: string | null;
  received_on: string;
  on_the_spot: boolean;
  correction_requested_on: string | null;
  correction_received_on: string | null;
  third_party_sent_on: string | null;
  third_party_replied_on: string | null;
  extension_approved_on: string | null;
  extension_approved_by: string | null;
  extension_notified_on: string | null;
  extension_workdays: number | null;
  answered_on: string | null;
  outcome: string | null;
  refusal_reason: string | null;
  fee: number | null;
  archived_on: string | null;
  review_result: string | null;
  litigation_result: string | null;
  /** Generator-only: the handling section, kept as an extra column. */
  section: string;
}

export interface PublicationRow {
  record_key: string;
  channel: string;
  column: string | null;
  title: string;
  /** YYYY-MM-DD HH:mm:ss, wall-clock time in China. */
  published_at: string;
  url: string | null;
  doc_no: string | null;
  drafter: string | null;
  reviewer: string | null;
  signer: string | null;
  is_repost: boolean;
  source: string | null;
}

export interface AnnualReportRow {
  year: number;
  published_on: string | null;
  submitted_on: string | null;
  url: string | null;
  /** The .txt file beside the ledger, relative to it. */
  text_path: string;
  text: string;
  figures: Record<string, number>;
}

export function publishedOn(p: PublicationRow): string {
  return p.published_at.slice(0, 10);
}

export const PORTAL_CHANNELS = ['门户网站', '政府网站', '网站'] as const;

export function isPortal(channel: string | null | undefined): boolean {
  return channel != null && (PORTAL_CHANNELS as readonly string[]).includes(channel);
}

export function emptyDocument(partial: Partial<DocumentRow> & Pick<DocumentRow, 'section' | 'title' | 'formed_on'>): DocumentRow {
  return {
    record_key: '',
    doc_no: null,
    kind: '公文',
    category: '其他',
    changed_on: null,
    attribute: '主动公开',
    exempt_reason: null,
    exempt_basis: null,
    submitted_on: null,
    reviewed_on: null,
    reviewer: null,
    approved_on: null,
    approved_by: null,
    published_on: null,
    channel: null,
    url: null,
    index_no: null,
    interpretation_published_on: null,
    repealed_on: null,
    note: null,
    ...partial,
  };
}

export function emptyRequest(partial: Partial<RequestRow> & Pick<RequestRow, 'received_on' | 'channel'>): RequestRow {
  return {
    request_no: '',
    applicant_type: '自然人',
    applicant: null,
    id_provided: true,
    contact_provided: true,
    description: null,
    form_requested: '电子邮件',
    submitted_on: partial.received_on,
    on_the_spot: false,
    correction_requested_on: null,
    correction_received_on: null,
    third_party_sent_on: null,
    third_party_replied_on: null,
    extension_approved_on: null,
    extension_approved_by: null,
    extension_notified_on: null,
    extension_workdays: null,
    answered_on: null,
    outcome: null,
    refusal_reason: null,
    fee: null,
    archived_on: null,
    review_result: null,
    litigation_result: null,
    section: '办公室',
    ...partial,
  };
}
