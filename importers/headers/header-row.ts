// Finding the header row of a sheet: exported ledgers put a title (and a blank line) above it, and
// spreadsheets kept by hand split headers over two rows under merged group cells ("申请人" above
// "类型" and "姓名"; a vertically merged "申请编号" beside them). The header is the first row, or pair of
// rows, among the first rows of the sheet that has every required column.
import type { RowChunks, SourceRow } from '../formats/table.ts';
import { displayText, isBlank } from '../values/cells.ts';
import { headerScore, type HeaderResolver } from './column-plan.ts';

/** How far down a sheet the header row may be. */
export const HEADER_SCAN_ROWS = 30;

export interface LocatedHeader {
  headers: string[];
  /** The last header row (data starts below it). */
  headerRow: number;
  rows: RowChunks;
}

export interface HeaderCandidate {
  headers: string[];
  found: number;
  fields: number;
}

export type HeaderSearch =
  | ({ found: true } & LocatedHeader)
  | { found: false; best: HeaderCandidate | null; rows: RowChunks };

const texts = (cells: unknown[]) => cells.map((c) => (isBlank(c) ? '' : displayText(c).trim()));

/** Two header rows as one: a group cell over its sub-columns, or a cell merged down through both rows. */
export function combineHeaderRows(resolver: HeaderResolver, top: string[], sub: string[]): string[] {
  const width = Math.max(top.length, sub.length);
  const combined: string[] = [];
  let group = '';
  for (let c = 0; c < width; c++) {
    const upper = top[c] ?? '';
    const lower = sub[c] ?? '';
    if (upper !== '') group = upper;
    if (lower === '') {
      combined.push(upper);
      continue;
    }
    // A blank upper cell beside a group is that merged group cell.
    const parent = upper !== '' ? upper : group;
    if (parent === '') {
      combined.push(lower);
      continue;
    }
    const candidates = [parent + lower, `${parent}.${lower}`, lower];
    const known = candidates.find((name) => resolver.resolve(name).role !== 'extra');
    combined.push(known ?? `${parent}-${lower}`);
  }
  return combined;
}

export async function locateHeader(resolver: HeaderResolver, source: RowChunks): Promise<HeaderSearch> {
  const iterator = source[Symbol.asyncIterator]();
  // The first non-blank rows are searched; whatever else the chunks read so far held is kept for later.
  const buffered: SourceRow[] = [];
  const pending: SourceRow[] = [];
  while (buffered.length < HEADER_SCAN_ROWS) {
    const next = await iterator.next();
    if (next.done) break;
    for (const row of next.value) {
      if (buffered.length < HEADER_SCAN_ROWS) {
        if (row.cells.some((c) => !isBlank(c))) buffered.push(row);
      } else pending.push(row);
    }
  }
  const rest = (from: number): RowChunks => ({
    async *[Symbol.asyncIterator]() {
      const head = [...buffered.slice(from), ...pending];
      if (head.length > 0) yield head;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    },
  });

  let best: HeaderCandidate | null = null;
  const consider = (headers: string[]) => {
    const score = headerScore(resolver, headers);
    if (!best || score.found > best.found || (score.found === best.found && score.fields > best.fields)) {
      best = { headers, found: score.found, fields: score.fields };
    }
    return score;
  };
  for (let i = 0; i < buffered.length; i++) {
    const single = texts(buffered[i]!.cells);
    const singleScore = consider(single);
    const below = buffered[i + 1];
    if (below && below.row === buffered[i]!.row + 1) {
      const pair = combineHeaderRows(resolver, single, texts(below.cells));
      const pairScore = consider(pair);
      // A title row over the real header also "pairs"; the header alone then does as well or better.
      const nextAlone = headerScore(resolver, texts(below.cells));
      const pairWins = pairScore.complete && pairScore.fields > singleScore.fields && !(nextAlone.complete && nextAlone.fields >= pairScore.fields);
      if (pairWins) return { found: true, headers: pair, headerRow: below.row, rows: rest(i + 2) };
    }
    if (singleScore.complete) return { found: true, headers: single, headerRow: buffered[i]!.row, rows: rest(i + 1) };
  }
  return { found: false, best, rows: rest(buffered.length) };
}
