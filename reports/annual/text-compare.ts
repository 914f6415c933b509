// Two annual report texts side by side: each cut into passages marked shared or own, where a shared passage
// is covered by a gram (of the reduced text, as report/annual-duplicate counts them) that the other text
// also has, and the grams' Jaccard similarity, the figure the rule compares with its threshold. Linear in
// the texts' lengths: grams go into hash sets, never into a table of every pair of positions.
import { comparedCharacters, type ComparedCharacters } from './text-normalisation.ts';

export interface TextSegment {
  text: string;
  shared: boolean;
}

export interface TextComparison {
  /** Distinct grams in both / distinct grams in either (0 when neither text has a gram). */
  similarity: number;
  left: TextSegment[];
  right: TextSegment[];
}

export interface CompareOptions {
  /** Agency names and codes removed before comparing (report/annual-duplicate removes every agency's). */
  names: readonly string[];
  /** Gram length in characters (the rule's `gram` option). */
  gram: number;
}

/** The gram starting at each position of the reduced text (none when it is shorter than a gram). */
function gramsOf(reduced: ComparedCharacters, gram: number): string[] {
  const count = Math.max(0, reduced.characters.length - gram + 1);
  return Array.from({ length: count }, (_, i) => reduced.characters.slice(i, i + gram).join(''));
}

/**
 * The original text cut at the edges of the marked spans: each gram found in the other text marks the
 * original text from its first character to its last, so punctuation or a name inside a shared run is
 * marked with it, and what the rule skipped at a run's edge is not.
 */
function segmentsOf(text: string, reduced: ComparedCharacters, grams: readonly string[], gram: number, other: ReadonlySet<string>): TextSegment[] {
  // +1 where a marked span starts, −1 after it ends: a running sum above zero is inside some span.
  const depth = new Int32Array(text.length + 1);
  grams.forEach((g, i) => {
    if (!other.has(g)) return;
    const last = i + gram - 1;
    depth[reduced.offsets[i]!]! += 1;
    depth[reduced.offsets[last]! + reduced.characters[last]!.length]! -= 1;
  });
  const segments: TextSegment[] = [];
  let inside = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const next = inside + (depth[i] ?? 0);
    if (i === text.length || next > 0 !== inside > 0) {
      if (i > start) segments.push({ text: text.slice(start, i), shared: inside > 0 });
      start = i;
    }
    inside = next;
  }
  return segments;
}

export function compareReportTexts(left: string, right: string, options: CompareOptions): TextComparison {
  const reducedLeft = comparedCharacters(left, options.names);
  const reducedRight = comparedCharacters(right, options.names);
  const gramsLeft = gramsOf(reducedLeft, options.gram);
  const gramsRight = gramsOf(reducedRight, options.gram);
  const setLeft = new Set(gramsLeft);
  const setRight = new Set(gramsRight);
  let both = 0;
  for (const g of setLeft) if (setRight.has(g)) both += 1;
  const either = setLeft.size + setRight.size - both;
  return {
    similarity: either === 0 ? 0 : both / either,
    left: segmentsOf(left, reducedLeft, gramsLeft, options.gram, setRight),
    right: segmentsOf(right, reducedRight, gramsRight, options.gram, setLeft),
  };
}
