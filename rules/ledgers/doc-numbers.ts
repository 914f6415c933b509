// Documents and publications are linked by 文号. Exports write the same number with different brackets
// (〔2024〕, [2024], 【2024】, (2024)) and stray spaces, so the link compares a normalised form.
import { sql } from 'kysely';
import type { Sql } from '../types.ts';

export function normalisedDocNo(docNo: Sql<string | null>): Sql<string | null> {
  return sql`nullif(regexp_replace(${docNo}, '[[:space:]〔〕\\[\\]【】（）()［］]', '', 'g'), '')`;
}
