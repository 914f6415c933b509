// The comparison form of a column header: the same whether the file wrote it in full-width characters,
// across two lines, with a note in brackets (发布日期（YYYY-MM-DD）), a required-field star, or in English
// with any case, spaces or underscores.

import { cleanText } from '../values/cells.ts';

const BRACKETED_NOTE = /[(\[【〔{<《][^()\[\]【】〔〕{}<>《》]*[)\]】〕}>》]/g;

export function headerKey(header: string): string {
  const text = header.normalize('NFKC').replace(/\s+/g, '');
  const withoutNotes = text.replace(BRACKETED_NOTE, '');
  return (withoutNotes === '' ? text : withoutNotes)
    .replace(/^[*※★]+|[*※★:：]+$/g, '')
    .replace(/[_\-]/g, '')
    .toLowerCase();
}

/** The header as it reads: one line, trimmed (kept as written otherwise, for messages and provenance). */
export function headerLabel(header: string): string {
  return cleanText(header.replace(/\s*[\r\n]+\s*/g, '').trim());
}

const FIGURE = /^([二三四])[.．]([^.．]+)[.．]([^.．]+)$/;

/**
 * A figure column of the annual report (三.本年新收.自然人): its key in the canonical spelling, or null.
 * Dashes are unified so that 不予公开—属于国家秘密 and 不予公开-属于国家秘密 are one key.
 */
export function figureKey(header: string): string | null {
  const text = header.normalize('NFKC').replace(/\s+/g, '');
  const match = FIGURE.exec(text);
  if (!match) return null;
  const [, part, row, column] = match;
  const tidy = (s: string) => s.replace(/[—–―－]+/g, '-').replace(/["“”]/g, '');
  return `${part}.${tidy(row!)}.${tidy(column!)}`;
}
