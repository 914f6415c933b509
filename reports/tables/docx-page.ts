// The page every Word report prints on: landscape A4 with 2 cm margins (the widest tables need it), the
// text run in the reports' font, and the document packed to bytes.
import { Document, Packer, PageOrientation, Paragraph, TextRun, type Table } from 'docx';
import { DOCX_FONT } from './grid-docx.ts';

const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134; // 2 cm
/** The width of the text on a landscape A4 page, in twips. */
export const LANDSCAPE_TEXT_WIDTH = A4.height - 2 * MARGIN;

/** A run of text in the reports' font; 10.5 pt unless a size (in half-points) is given. */
export const docxText = (value: string, options: { bold?: boolean; size?: number } = {}) =>
  new TextRun({ text: value, font: DOCX_FONT, bold: options.bold, size: options.size ?? 21, color: '000000' });

export async function landscapeDocx(title: string, children: (Paragraph | Table)[]): Promise<Buffer> {
  const document = new Document({
    creator: 'Gongkai 公开',
    title,
    sections: [
      {
        properties: {
          page: {
            size: { ...A4, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
