// How an annual report's text is reduced before it is compared with another (report/annual-duplicate and
// the side-by-side comparison): agency names and codes, digits, white space, punctuation and symbols are
// removed, so that a report which only swaps the name, the years and the figures is still the same text.
// The patterns below are written once and read by both PostgreSQL (the rule's SQL) and JavaScript (the
// comparison view), so that what the view marks is what the rule counted.
//
// The removed characters are listed as explicit code point ranges rather than [:punct:] / [:space:], whose
// meaning follows the database's locale (PGlite's C locale and a server's C.UTF-8 disagree on thousands
// of characters).
import { sql, type Expression, type RawBuilder } from 'kysely';

/** Inclusive code point ranges removed before comparing. */
const REMOVED_RANGES: readonly (readonly [number, number])[] = [
  // Control characters, space, ASCII punctuation, the digits 0–9, and : ; < = > ? @.
  [0x0001, 0x0040],
  [0x005b, 0x0060],
  // { | } ~, C1 controls, no-break space, Latin-1 punctuation and symbols (¥ § · ²), and × ÷.
  [0x007b, 0x00bf],
  [0x00d7, 0x00d7],
  [0x00f7, 0x00f7],
  // General punctuation (— “ ” … ※, spaces, zero-width marks) through currency, letterlike symbols (℃ №),
  // number forms (Ⅰ Ⅱ), arrows, mathematical and technical signs, enclosed numbers (① ⑴ ⒈), box drawing,
  // shapes (■ ● ★) and dingbats.
  [0x2000, 0x2bff],
  [0x2e00, 0x2e7f],
  // CJK punctuation (ideographic space 、 。 《 》 「 」 【 】 〔 〕 〜), but not 々 〆 〇 or the Suzhou numerals.
  [0x3000, 0x3004],
  [0x3008, 0x3020],
  [0x3030, 0x3030],
  [0x303d, 0x303f],
  // Katakana middle dot ・, often used as a separator in Chinese text.
  [0x30fb, 0x30fb],
  // Enclosed CJK numbers (㈠ ㊀).
  [0x3200, 0x32ff],
  // Vertical, compatibility and small forms of punctuation.
  [0xfe10, 0xfe1f],
  [0xfe30, 0xfe6f],
  // Byte order mark.
  [0xfeff, 0xfeff],
  // Full-width punctuation and digits (！ （ ） ， ： ； ？ ０–９), half-width CJK punctuation (｡ ｢ ｣ ､ ･), and
  // full-width symbols (￥ ￡).
  [0xff01, 0xff20],
  [0xff3b, 0xff40],
  [0xff5b, 0xff65],
  [0xffe0, 0xffef],
];

const hex4 = (codePoint: number) => `\\u${codePoint.toString(16).padStart(4, '0')}`;

/**
 * A bracket expression matching one removed character, in the syntax PostgreSQL's regular expressions and
 * JavaScript's (with the `u` flag) share: \uXXXX escapes and ranges.
 */
export const REMOVED_CHARACTER_CLASS = `[${REMOVED_RANGES.map(([from, to]) => (from === to ? hex4(from) : `${hex4(from)}-${hex4(to)}`)).join('')}]`;

/** A pattern that matches no non-empty text, for when there is no name to remove. */
const NOTHING = '$^';

/**
 * An alternation of the names (and codes) to remove, longest first: PostgreSQL takes the longest
 * alternative at a position, JavaScript the first, so with the longest first both remove the same text.
 */
export function agencyNamePattern(names: readonly string[]): string {
  const escaped = [...new Set(names.filter((n) => n.length > 0))]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return escaped.length ? escaped.join('|') : NOTHING;
}

/** The SQL side: the text as the rule compares it, names removed first, then single characters. */
export function comparedTextSql(text: Expression<string | null>, names: readonly string[]): RawBuilder<string | null> {
  return sql<string | null>`regexp_replace(regexp_replace(${text}, ${agencyNamePattern(names)}, '', 'g'), ${REMOVED_CHARACTER_CLASS}, '', 'g')`;
}

/** The characters a text is compared by, each with the UTF-16 offset it has in the original text. */
export interface ComparedCharacters {
  characters: string[];
  offsets: number[];
}

/** The JavaScript side of the reduction the rule does in SQL (names first, then single characters). */
export function comparedCharacters(text: string, names: readonly string[]): ComparedCharacters {
  const removed = new RegExp(REMOVED_CHARACTER_CLASS, 'u');
  const result: ComparedCharacters = { characters: [], offsets: [] };
  const keep = (from: number, to: number) => {
    for (let i = from; i < to; ) {
      const character = String.fromCodePoint(text.codePointAt(i)!);
      if (!removed.test(character)) {
        result.characters.push(character);
        result.offsets.push(i);
      }
      i += character.length;
    }
  };
  let position = 0;
  for (const match of text.matchAll(new RegExp(agencyNamePattern(names), 'gu'))) {
    keep(position, match.index);
    position = match.index + match[0].length;
  }
  keep(position, text.length);
  return result;
}
