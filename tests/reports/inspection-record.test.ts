// The inspection record from a hand-built scenario (inspection-scenario.ts): the findings per section of a
// period before any inspection is saved and of a saved inspection's snapshot, rectification states at an
// as-of date, the signature before and after signing; then read back from the xlsx (figures, repeated
// heads, a formula-like ledger title stored as text) and from the docx (a zip with the expected text).
import { beforeAll, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeOnDatabases } from '../helpers/databases.ts';
import { docxTableRows } from './fixtures.ts';
import { AGENCY, AGENCY_NAME, ENFORCEMENT, INJECTION, OFFICE, PERIOD, seedInspectionScenario, type FindingKey } from './inspection-scenario.ts';
import { buildInspectionRecord, INSPECTION_RECORD_FORMATS, RECORD_SHEETS, UnknownInspectionError, type InspectionRecord } from '../../reports/inspection/index.ts';
import { UnknownAgencyError } from '../../reports/agency.ts';
import { createInspection, setRectifications, signInspection } from '../../server/data/inspections.ts';
import { todayInChina } from '../../db/calendar/dates.ts';

const AS_OF = '2025-07-31';
const WHOLE_AGENCY = { agency: AGENCY, section: null };

/** Finding keys per section, in the record's order. */
function keysBySection(record: InspectionRecord, ids: Record<FindingKey, number>): [string | null, string[]][] {
  const keyOf = new Map(Object.entries(ids).map(([k, id]) => [id, k]));
  return record.sections.map((s) => [s.section, s.findings.map((f) => keyOf.get(f.id)!)]);
}

describeOnDatabases('inspection record', (use) => {
  let ids: Record<FindingKey, number>;
  let inspectionId: number;
  let dir: string;

  beforeAll(async () => {
    ids = await seedInspectionScenario(use().db);
    dir = await mkdtemp(path.join(tmpdir(), 'gk-inspection-'));
  });

  it('lists the current findings of a period with no saved inspection, per section, with their counts', async () => {
    const record = await buildInspectionRecord(use().db, { agency: AGENCY, period: PERIOD, asOf: AS_OF });
    expect(record.inspection).toBeNull();
    expect(record.inspectedOn).toBe(AS_OF);
    expect(record.agency).toEqual({ code: AGENCY, name: AGENCY_NAME });
    expect(keysBySection(record, ids)).toEqual([
      [OFFICE, ['D2', 'D1']],
      [ENFORCEMENT, ['R1', 'R2', 'R4']],
      [null, ['Y2', 'Y1']],
    ]);
    const office = record.sections[0]!;
    expect(office.findings.find((f) => f.id === ids.D2)?.title).toBe('关于城市道路占用审批的通知');
    expect(office.findings.find((f) => f.id === ids.D1)?.title).toBe(INJECTION);
    const enforcement = record.sections[1]!;
    expect(enforcement).toMatchObject({ total: 3, byStatus: { open: 2, rectified: 0, explained: 1, waived: 0 }, bySeverity: { error: 3, warning: 0, info: 0 } });
    expect(enforcement.byRule.map((r) => [r.rule, r.total, r.byStatus.open])).toEqual([
      ['req/answer-late', 1, 1],
      ['req/answer-overdue', 1, 0],
      ['req/outcome-missing', 1, 1],
    ]);
    expect(record.totals).toMatchObject({ total: 7, byStatus: { open: 6, explained: 1 } });
    expect(record.rectification).toEqual({ items: [], done: 0, overdue: 0 });
    expect(record.signature).toEqual({ signedBy: null, signedAt: null, signedOn: null });
  });

  it("limits a section user's record to the section", async () => {
    const record = await buildInspectionRecord(use().db, { agency: AGENCY, period: PERIOD, section: ENFORCEMENT, asOf: AS_OF });
    expect(keysBySection(record, ids)).toEqual([[ENFORCEMENT, ['R1', 'R2', 'R4']]]);
    expect(record.totals.total).toBe(3);
  });

  it("shows a saved inspection's snapshot, its rectification states and its signature once signed", async () => {
    const { db } = use();
    const created = await createInspection(db, { agency: AGENCY, ...PERIOD, note: '2025年上半年定期检查', by: 'office' });
    inspectionId = created.id;
    const set = (keys: FindingKey[], change: { rectifyBy?: string; rectifiedOn?: string }) =>
      setRectifications(db, WHOLE_AGENCY, inspectionId, { findingIds: keys.map((k) => ids[k]), ...change, by: 'leader' });
    expect(await set(['D1'], { rectifyBy: '2025-08-15' })).toBe(1); // pending at the as-of date
    expect(await set(['R1'], { rectifyBy: '2025-07-15', rectifiedOn: '2025-07-10' })).toBe(1); // done
    expect(await set(['Y1'], { rectifyBy: '2025-07-01', rectifiedOn: '2025-07-20' })).toBe(1); // late
    expect(await set(['R4'], { rectifyBy: '2025-07-01' })).toBe(1); // overdue
    expect(await set(['D2'], { rectifiedOn: '2025-07-02' })).toBe(1); // done, with no deadline

    const unsigned = await buildInspectionRecord(db, { agency: AGENCY, inspection: inspectionId, asOf: AS_OF });
    expect(unsigned.inspection).toMatchObject({ id: inspectionId, createdBy: 'office', note: '2025年上半年定期检查' });
    expect(unsigned.inspectedOn).toBe(todayInChina(new Date(unsigned.inspection!.createdAt)));
    // The snapshot: open findings only (R2 is explained), and those with no date at all (D3).
    expect(keysBySection(unsigned, ids)).toEqual([
      [OFFICE, ['D2', 'D3', 'D1']],
      [ENFORCEMENT, ['R1', 'R4']],
      [null, ['Y2', 'Y1']],
    ]);
    const states = unsigned.rectification.items.map((f) => [f.subject, f.rectifyBy, f.rectifiedOn, f.rectification]);
    expect(states).toEqual([
      ['R4', '2025-07-01', null, 'overdue'],
      ['2024', '2025-07-01', '2025-07-20', 'late'],
      ['R1', '2025-07-15', '2025-07-10', 'done'],
      ['D1', '2025-08-15', null, 'pending'],
      ['D2', null, '2025-07-02', 'done'],
    ]);
    expect(unsigned.rectification).toMatchObject({ done: 3, overdue: 1 });
    // Later, D1's deadline passes too.
    const later = await buildInspectionRecord(db, { agency: AGENCY, inspection: inspectionId, asOf: '2025-08-18' });
    expect(later.rectification.overdue).toBe(2);
    expect(unsigned.signature).toEqual({ signedBy: null, signedAt: null, signedOn: null });

    // The period now names the saved inspection.
    const byPeriod = await buildInspectionRecord(db, { agency: AGENCY, period: PERIOD, asOf: AS_OF });
    expect(byPeriod.inspection?.id).toBe(inspectionId);

    expect(await signInspection(db, WHOLE_AGENCY, inspectionId, 'leader', null)).toBe('ok');
    const signed = await buildInspectionRecord(db, { agency: AGENCY, inspection: inspectionId, asOf: AS_OF });
    expect(signed.signature.signedBy).toBe('leader');
    expect(signed.signature.signedOn).toBe(todayInChina(new Date(signed.signature.signedAt!)));
  });

  it('refuses an unknown agency and an inspection of another agency', async () => {
    const { db } = use();
    await expect(buildInspectionRecord(db, { agency: 'NOPE', period: PERIOD })).rejects.toBeInstanceOf(UnknownAgencyError);
    await db.insertInto('agency').values({ code: 'OTHER', name: '其他单位', profile: 'national-2019' }).execute();
    await expect(buildInspectionRecord(db, { agency: 'OTHER', inspection: inspectionId })).rejects.toBeInstanceOf(UnknownInspectionError);
    await expect(buildInspectionRecord(db, { agency: null, inspection: inspectionId + 1000 })).rejects.toThrow(/未找到检查记录/);
    // With no agency named (the installation's administrator), the inspection's own.
    expect((await buildInspectionRecord(db, { agency: null, inspection: inspectionId })).agency.code).toBe(AGENCY);
  });

  it('writes an xlsx with the figures, repeated heads, frozen panes and ledger text stored as text', async () => {
    const record = await buildInspectionRecord(use().db, { agency: AGENCY, inspection: inspectionId, asOf: AS_OF });
    const file = path.join(dir, 'record.xlsx');
    await writeFile(file, await INSPECTION_RECORD_FORMATS.xlsx(record));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(Object.values(RECORD_SHEETS));

    const cover = workbook.getWorksheet(RECORD_SHEETS.cover)!;
    const coverText = (column: number) => cover.getColumn(column).values.map(String);
    expect(coverText(1)).toContain(`单位：${AGENCY_NAME}（${AGENCY}）`);
    expect(coverText(1)).toContain(`检查期间：${PERIOD.from} 至 ${PERIOD.to}`);
    expect(coverText(1)).toContain('分管领导签字：leader');
    // The summary's 合计 row: 7 findings, all open, all 严重.
    const totalRow = cover.getColumn(1).values.findIndex((v) => v === '合计');
    expect((cover.getRow(totalRow).values as unknown[]).slice(1, 10)).toEqual(['合计', 7, 7, 0, 0, 7, 0, 0, 0]);

    const findings = workbook.getWorksheet(RECORD_SHEETS.findings)!;
    expect(findings.pageSetup.printTitlesRow).toBe('1:3');
    expect(findings.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect((findings.getRow(3).values as unknown[]).slice(1, 5)).toEqual(['序号', '问题编号', '规则', '对象']);
    const injected = findings.getColumn(5).values.find((v) => typeof v === 'string' && v.includes('HYPERLINK'));
    expect(injected).toBe(`'${INJECTION}`);
    findings.eachRow((row) => row.eachCell((cell) => expect(cell.type, String(cell.value)).not.toBe(ExcelJS.ValueType.Formula)));
    expect(findings.getColumn(1).values).toContain(`科室：${ENFORCEMENT}（2 条）`);

    const rectification = workbook.getWorksheet(RECORD_SHEETS.rectification)!;
    expect(rectification.pageSetup.printTitlesRow).toBe('1:3');
    const overdue = rectification.getColumn(9).values.findIndex((v) => v === '逾期未整改');
    expect(overdue).toBeGreaterThan(3);
    expect(rectification.getRow(overdue).getCell(5).value).toBe('R4');
    expect(rectification.getRow(overdue).getCell(9).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(rectification.getRow(overdue + 1).getCell(9).fill).not.toMatchObject({ pattern: 'solid' });
  });

  it('writes a docx: a zip whose text has the heading, the findings and the signature', async () => {
    const record = await buildInspectionRecord(use().db, { agency: AGENCY, inspection: inspectionId, asOf: AS_OF });
    const file = path.join(dir, 'record.docx');
    await writeFile(file, await INSPECTION_RECORD_FORMATS.docx(record));
    const zip = await JSZip.loadAsync(await readFile(file));
    expect(zip.file('[Content_Types].xml')).not.toBeNull();
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain(`${AGENCY_NAME}政府信息公开定期检查记录`);
    expect(xml).toContain('分管领导签字：leader');
    const rows = await docxTableRows(file);
    const d1 = rows.find((r) => r[3] === 'D1');
    // Word does not evaluate text: the title is printed as it stands (XML-escaped in the file).
    expect(d1?.slice(2, 9)).toEqual(['主动公开超期', 'D1', INJECTION.replaceAll('"', '&quot;'), '2025-03-03', '2025-03-10', '5', '待整改']);
    expect(rows.find((r) => r[4] === 'R4')?.[8]).toBe('逾期未整改');
  });
});
