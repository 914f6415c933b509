// The lawful-ground patterns (rules/doc/lawful-grounds.ts) read the same in JavaScript (the bench
// generator's expectations) as in the rule's SQL on either database: each text below is judged alike.
import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeOnDatabases } from '../helpers/databases.ts';
import { LAWFUL_GROUND_PATTERN, NEGATED_GROUND_PATTERN, namesLawfulGround } from '../../rules/doc/lawful-grounds.ts';

const TEXTS: [text: string, lawful: boolean][] = [
  ['属于国家秘密', true],
  ['文件涉密，定密级别为秘密', true],
  ['经审查不涉密，但领导不同意公开', false],
  ['非国家秘密', false],
  ['不涉及国家秘密，但属于尚在讨论的过程性信息', true],
  ['不属于过程性信息', false],
  ['公开后可能危及国家安全', true],
  ['国家安全生产专项整治工作材料，暂不公开', false],
  ['《中华人民共和国政府信息公开条例》第十五条', true],
  ['条例第16条', true],
  ['根据第十六条', true],
  ['第十四条', true],
  ['吴江规定第十四条', false],
  ['《苏州市吴江区应急管理局政务公开制度》第十五条', false],
  ['实施细则第十六条', false],
  ['条例第三十六条第（七）项', true],
  ['领导不同意', false],
  ['涉及企业商业秘密，第三方不同意公开', true],
];

it('judges each text as listed (JavaScript)', () => {
  for (const [text, lawful] of TEXTS) expect(namesLawfulGround(text), text).toBe(lawful);
});

describeOnDatabases('lawful-ground patterns in SQL', (use) => {
  it('judges each text as JavaScript does', async () => {
    const { rows } = await sql<{ text: string; lawful: boolean }>`
      select t.text, regexp_replace(t.text, ${NEGATED_GROUND_PATTERN}, '', 'g') ~ ${LAWFUL_GROUND_PATTERN} as lawful
      from jsonb_array_elements_text(${JSON.stringify(TEXTS.map(([text]) => text))}::jsonb) as t(text)`.execute(use().db);
    expect(rows.map((r) => [r.text, r.lawful])).toEqual(TEXTS);
  });
});
