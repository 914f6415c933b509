// The periodic inspection record (定期检查记录): built from a saved inspection or a period, and its formats.
export { buildInspectionRecord, UnknownInspectionError, type InspectionRecord, type RecordRequest } from './record.ts';
export { INSPECTION_RECORD_FORMATS, formatOfFile, inspectionRecordJson, type InspectionRecordFormat } from './formats.ts';
export { RECORD_SHEETS } from './write-xlsx.ts';
