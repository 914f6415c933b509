// /api/imports: upload a ledger file (multipart), the batch history, a batch's rejected rows as CSV.
import { Type } from '@sinclair/typebox';
import { AgencyQuery, Nullable, PageQuery, Timestamp } from './common.ts';
import { CheckResult } from './rules.ts';

export const LedgerKind = Type.Union(
  [Type.Literal('documents'), Type.Literal('requests'), Type.Literal('publications'), Type.Literal('annual-reports')],
  { description: '台账种类' },
);

export const UploadQuery = Type.Object(
  {
    kind: Type.Optional(LedgerKind),
    agency: Type.Optional(AgencyQuery),
  },
  { additionalProperties: false, description: 'kind 与 agency 也可作为文件之前的表单字段给出' },
);

/** The form fields of an upload (checked by hand: a multipart body is not validated by Fastify). */
export const UploadFields = Type.Object({ kind: LedgerKind, agency: Type.Optional(AgencyQuery) });

export const ImportSummary = Type.Object({
  batchId: Nullable(Type.Integer()),
  file: Type.String(),
  kind: LedgerKind,
  format: Type.String(),
  encoding: Type.Optional(Type.String()),
  rowsRead: Type.Integer(),
  loaded: Type.Integer(),
  updated: Type.Integer(),
  rejected: Type.Integer(),
  duplicates: Type.Array(Type.Object({ key: Type.String(), rows: Type.Array(Type.Integer()) })),
  rejects: Type.Array(
    Type.Object({
      row: Type.Integer(),
      reasons: Type.Array(Type.Object({ column: Type.String(), message: Type.String() })),
    }),
  ),
});

export const UploadReply = Type.Object({
  agency: Type.String(),
  summary: ImportSummary,
  check: Nullable(CheckResult),
  checkError: Nullable(Type.String({ description: '导入成功但重新检查失败的原因（如工作日历缺年份）' })),
});

export const ImportsQuery = Type.Object(
  { agency: Type.Optional(AgencyQuery), kind: Type.Optional(LedgerKind), ...PageQuery },
  { additionalProperties: false },
);

export const ImportBatch = Type.Object({
  id: Type.Integer(),
  agency: Type.String(),
  kind: LedgerKind,
  format: Type.String(),
  fileName: Type.String(),
  checksum: Type.String(),
  rowsRead: Type.Integer(),
  loaded: Type.Integer(),
  updated: Type.Integer(),
  rejected: Type.Integer(),
  importedBy: Nullable(Type.String()),
  importedAt: Timestamp,
});
