// How wide a text prints in Excel's column-width units (a CJK character is about two), and how many
// lines it wraps to in a column. Streamed rows get no automatic height from LibreOffice or WPS, so a
// wrapped cell needs its row height set from this estimate.
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

export function wrappedLines(text: string | null | undefined, columnWidth: number): number {
  if (!text) return 1;
  // A column shows about one unit less than its width (cell padding).
  const usable = Math.max(1, columnWidth - 1);
  return text.split('\n').reduce((lines, part) => lines + Math.max(1, Math.ceil(displayWidth(part) / usable)), 0);
}

/** Points per line of 10 pt text, as Excel and LibreOffice lay it out. */
export const LINE_HEIGHT = 13.5;

/** A column width that fits the longest of `texts`, within bounds. */
export function fittingWidth(texts: Iterable<string>, min: number, max: number): number {
  let widest = 0;
  for (const t of texts) widest = Math.max(widest, displayWidth(t));
  return Math.min(max, Math.max(min, widest + 2));
}
