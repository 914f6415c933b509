// The annual report's tables as a Word document (landscape A4: part 四 has fifteen columns): the title,
// each part's heading and table in the official layout, then the notes and checks.
import { AlignmentType, HeadingLevel, Paragraph, type Table } from 'docx';
import { computedLookup, type AnnualReport } from './annual-report.ts';
import { officialTables } from './official-tables.ts';
import { reportNotes, reportTitle } from './report-notes.ts';
import { gridTable } from '../tables/grid-docx.ts';
import { docxText as text, landscapeDocx, LANDSCAPE_TEXT_WIDTH as TEXT_WIDTH } from '../tables/docx-page.ts';

export async function annualReportDocx(report: AnnualReport): Promise<Buffer> {
  const title = reportTitle(report);
  const notes = reportNotes(report);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [text(title, { bold: true, size: 32 })] }),
  ];
  for (const grid of officialTables(computedLookup(report))) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [text(grid.heading, { bold: true, size: 24 })] }));
    children.push(gridTable(grid, TEXT_WIDTH));
  }
  const section = (heading: string, lines: string[]) => {
    children.push(new Paragraph({ spacing: { before: 240, after: 60 }, children: [text(heading, { bold: true })] }));
    for (const line of lines) children.push(new Paragraph({ spacing: { after: 60 }, children: [text(line)] }));
  };
  section('数据来源', notes.source);
  section('勾稽关系', notes.computedChecks);
  section('与已发布报告核对', [
    ...notes.publishedChecks,
    ...report.differences.map((d) => `${d.key}：已发布 ${d.published}，台账计算 ${d.computed}`),
  ]);

  return landscapeDocx(title, children);
}
