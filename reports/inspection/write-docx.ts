// The inspection record as a Word document (landscape A4: the findings table has ten columns): the title
// and heading, the four tables with their heads repeated on each page, and the signature lines at the end.
import { AlignmentType, HeadingLevel, Paragraph, type Table } from 'docx';
import type { InspectionRecord } from './record.ts';
import { headingLines, recordGrids, recordTitle, signatureLines } from './grids.ts';
import { gridTable } from '../tables/grid-docx.ts';
import { docxText, landscapeDocx, LANDSCAPE_TEXT_WIDTH } from '../tables/docx-page.ts';

const plain = (value: string) => value;

export async function inspectionRecordDocx(record: InspectionRecord): Promise<Buffer> {
  const title = recordTitle(record);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [docxText(title, { bold: true, size: 32 })] }),
    ...headingLines(record).map((line) => new Paragraph({ spacing: { after: 60 }, children: [docxText(line)] })),
  ];
  for (const grid of recordGrids(record, plain)) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [docxText(grid.heading, { bold: true, size: 24 })] }));
    children.push(gridTable(grid, LANDSCAPE_TEXT_WIDTH));
  }
  // Signed on paper when printed unsigned: room to write above each line.
  for (const line of signatureLines(record)) {
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 480 }, children: [docxText(line, { size: 24 })] }));
  }
  return landscapeDocx(title, children);
}
