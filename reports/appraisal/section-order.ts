// The order sections are listed in, on the summary and on the evidence list alike: by their names under
// the zh-CN collation (what a reader of a Chinese list expects), each name once. The rows that name no
// section (the agency as a whole) come after them; callers place those.
const collator = new Intl.Collator('zh-CN');

export function sectionsInOrder(names: Iterable<string>): string[] {
  return [...new Set(names)].sort(collator.compare);
}
