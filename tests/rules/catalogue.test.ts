// As ESLint's checkRuleFiles: every rule file is named by its id, listed in the index, documented, cited
// and tested; every profile names only rules that exist; docs/rules.md is what the meta generates.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { RULES, RULE_IDS } from '../../rules/index.ts';
import { PROFILE_IDS } from '../../rules/profiles/ids.ts';
import { PROFILES, resolveProfile } from '../../rules/profiles/index.ts';
import { renderCataloguePage } from '../../rules/catalogue-page.ts';
import { ruleOptions } from '../../rules/engine/options.ts';

const root = path.resolve(import.meta.dirname, '../..');
const design = readFileSync(path.join(root, '../shared/DESIGN.md'), 'utf8');

describe('rule catalogue', () => {
  it('lists every rule file under its id, sorted', () => {
    const files = ['doc', 'req', 'pub', 'report'].flatMap((family) =>
      readdirSync(path.join(root, 'rules', family))
        .filter((f) => f.endsWith('.ts'))
        .filter((f) => readFileSync(path.join(root, 'rules', family, f), 'utf8').includes('export default define'))
        .map((f) => `${family}/${f.replace(/\.ts$/, '')}`),
    );
    expect([...RULE_IDS].sort()).toEqual(files.sort());
    expect(RULE_IDS).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) expect(RULES[id]!.meta.id).toBe(id);
  });

  it('keeps every rule id of DESIGN.md (the public contract)', () => {
    const designIds = [...design.matchAll(/^\| `((?:doc|req|pub|report)\/[a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(designIds.length).toBeGreaterThan(30);
    for (const id of designIds) expect(RULE_IDS, id).toContain(id);
  });

  it.each(RULE_IDS)('%s cites articles, has titles, messages, valid default options and a test', (id) => {
    const { meta } = RULES[id]!;
    expect(meta.articles.length).toBeGreaterThan(0);
    expect(meta.title.zh).toMatch(/\p{Script=Han}/u);
    expect(meta.title.en.length).toBeGreaterThan(0);
    expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
    expect(() => ruleOptions(RULES[id]!)).not.toThrow();
    expect(existsSync(path.join(root, 'tests', 'rules', `${id}.test.ts`)), `tests/rules/${id}.test.ts`).toBe(true);
  });

  it('profiles name only existing rules and resolve along their chain', () => {
    for (const id of PROFILE_IDS) {
      for (const rule of Object.keys(PROFILES[id].rules)) expect(RULE_IDS).toContain(rule);
      const resolved = resolveProfile(id);
      expect(resolved.chain.at(-1)).toBe(id);
    }
    expect(resolveProfile('shanghai-putuo').deadlines.sectionSubmissionWorkdays).toBe(15);
    expect(resolveProfile('shanghai-putuo').rules.has('doc/submission-late')).toBe(true);
    expect(resolveProfile('national-2019').rules.has('doc/submission-late')).toBe(false);
    expect(resolveProfile('suzhou-wujiang-2023').rules.has('req/fee-charged')).toBe(true);
  });

  it('docs/rules.md is generated from the meta (npm run docs:rules)', () => {
    expect(readFileSync(path.join(root, 'docs', 'rules.md'), 'utf8')).toBe(renderCataloguePage());
  });
});
