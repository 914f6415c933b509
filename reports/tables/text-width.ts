// How wide a text prints in Excel's column-width units (a CJK character is about two), and how many
// lines it wraps to in a column. Streamed rows get no automatic height from LibreOffice or WPS, so a
// wrapped cell needs its row height set from this estimate.
// The wide ranges (Hangul Jamo, CJK and its punctuation, Hangul syllables, compatibility ideographs, CJK
// compatibility forms, full-width forms), as UTF-16 code units: the evidence sheet measures every text
// of 100k rows, so this is a comparison per code unit rather than a regular expression per character.
const WIDE_RANGES = [0x1100, 0x115f, 0x2e80, 0xa4cf, 0xac00, 0xd7a3, 0xf900, 0xfaff, 0xfe30, 0xfe4f, 0xff00, 0xff60, 0xffe0, 0xffe6];

function isWide(code: number): boolean {
  if (code < WIDE_RANGES[0]!) return false;
  for (let i = 0; i < WIDE_RANGES.length; i += 2) if (code >= WIDE_RANGES[i]! && code <= WIDE_RANGES[i + 1]!) return true;
  return false;
}

function isSurrogatePair(text: string, i: number): boolean {
  const high = text.charCodeAt(i);
  if (high < 0xd800 || high > 0xdbff || i + 1 >= text.length) return false;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}

/** Width of text[from, to): a character outside the Basic Multilingual Plane counts one, as narrow. */
function widthOf(text: string, from: number, to: number): number {
  let width = 0;
  for (let i = from; i < to; i++) {
    if (isSurrogatePair(text, i)) i++;
    width += isWide(text.charCodeAt(i)) ? 2 : 1;
  }
  return width;
}

export function displayWidth(text: string): number {
  return widthOf(text, 0, text.length);
}

export function wrappedLines(text: string | null | undefined, columnWidth: number): number {
  if (!text) return 1;
  // A column shows about one unit less than its width (cell padding).
  const usable = Math.max(1, columnWidth - 1);
  // No character is wider than two units: a short text without a line break fits without measuring.
  if (2 * text.length <= usable && !text.includes('\n')) return 1;
  let lines = 0;
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    lines += Math.max(1, Math.ceil(widthOf(text, start, stop) / usable));
    start = stop + 1;
  }
  return lines;
}

/** Points per line of 10 pt text, as Excel and LibreOffice lay it out. */
export const LINE_HEIGHT = 13.5;

/** A column width that fits the longest of `texts`, within bounds. */
export function fittingWidth(texts: Iterable<string>, min: number, max: number): number {
  let widest = 0;
  for (const t of texts) widest = Math.max(widest, displayWidth(t));
  return Math.min(max, Math.max(min, widest + 2));
}
