// The reduction of a report's text before comparing (reports/annual/text-normalisation.ts) is done in SQL
// by report/annual-duplicate and in JavaScript by the comparison view: on both databases, the two must
// remove exactly the same characters and names, or the view would mark what the rule did not count.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeOnDatabases } from '../helpers/databases.ts';
import { comparedCharacters, comparedTextSql, REMOVED_CHARACTER_CLASS } from '../../reports/annual/text-normalisation.ts';

const SAMPLES = path.resolve(import.meta.dirname, '../../data-samples/wujiang');
/** Beyond the supplementary ideographs (U+20000…), which are kept. */
const LAST_CODE_POINT = 0x2ffff;
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

describeOnDatabases('annual report text: the same reduction in SQL and JavaScript', (use) => {
  it('removes the same characters, of every code point, as the JavaScript pattern', async () => {
    const pattern = new RegExp(REMOVED_CHARACTER_CLASS, 'u');
    const inJavaScript: number[] = [];
    for (let c = 1; c <= LAST_CODE_POINT; c++) if (!isSurrogate(c) && pattern.test(String.fromCodePoint(c))) inJavaScript.push(c);
    const { rows } = await sql<{ c: number }>`
      select c from generate_series(1, ${LAST_CODE_POINT}::int) c
      where (c < ${0xd800}::int or c > ${0xdfff}::int) and chr(c) ~ ${REMOVED_CHARACTER_CLASS}
      order by c`.execute(use().db);
    expect(rows.map((r) => r.c)).toEqual(inJavaScript);
    // What it is for: punctuation, digits and white space go; words, letters and 〇 stay.
    const removed = new Set(inJavaScript);
    for (const character of '，。、；：？！“”‘’（）《》【】〔〕「」…—·％%０９09 \n\t\u3000①㈠※■●') expect(removed.has(character.codePointAt(0)!), character).toBe(true);
    for (const character of '政务公开一二〇ａAz𠀀') expect(removed.has(character.codePointAt(0)!), character).toBe(false);
  });

  it('reduces a text, names first, to the same characters', async () => {
    const names = ['苏州市吴江区应急管理局', '吴江区应急管理局', 'wujiang-yjj', '应急管理局', '应急管理局办公室', 'a.b(c)'];
    const texts = [
      readFileSync(path.join(SAMPLES, 'annual-report-2024.txt'), 'utf8'),
      '应急管理局办公室负责值班安排；苏州市吴江区应急管理局（wujiang-yjj）2024年度报告 a.b(c) axbxc',
      '〔2024〕1号：“先审查、后公开”——①②③ ㈠ 第Ⅱ部分 ℃ ￥120.5万元\u00a0\u200b𠀀',
    ];
    for (const text of texts) {
      const { rows } = await sql<{ reduced: string }>`select ${comparedTextSql(sql.val(text), names)} as reduced`.execute(use().db);
      expect(rows[0]!.reduced).toBe(comparedCharacters(text, names).characters.join(''));
    }
    expect(comparedCharacters(texts[1]!, names).characters.join('')).toBe('负责值班安排年度报告axbxc');
  });
});
