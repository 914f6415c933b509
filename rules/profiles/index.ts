// Profiles by id, resolved along their `extends` chain into the deadlines and rules an agency is audited by.
import { DEADLINE_META, DEFAULT_DEADLINES, type DeadlineParams } from '../ledgers/deadlines.ts';
import { isProfileId, type ProfileId } from './ids.ts';
import type { ProfileDefinition, ResolvedProfile } from './types.ts';
import { national2019 } from './national-2019.ts';
import { shanghaiPutuo } from './shanghai-putuo.ts';
import { suzhouWujiang2023 } from './suzhou-wujiang-2023.ts';

export const PROFILES: Record<ProfileId, ProfileDefinition> = {
  'national-2019': national2019,
  'shanghai-putuo': shanghaiPutuo,
  'suzhou-wujiang-2023': suzhouWujiang2023,
};

export function resolveProfile(id: string): ResolvedProfile {
  if (!isProfileId(id)) throw new Error(`未知规则集 / unknown profile: ${id}`);
  const chain: ProfileDefinition[] = [];
  for (let p: ProfileDefinition | undefined = PROFILES[id]; p; p = p.extends ? PROFILES[p.extends] : undefined) {
    chain.unshift(p);
  }
  const deadlines: DeadlineParams = { ...DEFAULT_DEADLINES };
  const deadlineArticles: ResolvedProfile['deadlineArticles'] = {};
  for (const name of Object.keys(DEADLINE_META) as (keyof DeadlineParams)[]) {
    deadlineArticles[name] = DEADLINE_META[name].article;
  }
  const rules = new Map<string, Record<string, unknown>>();
  for (const profile of chain) {
    for (const [name, setting] of Object.entries(profile.deadlines ?? {})) {
      deadlines[name as keyof DeadlineParams] = setting.value;
      deadlineArticles[name as keyof DeadlineParams] = setting.article;
    }
    for (const [rule, setting] of Object.entries(profile.rules)) {
      if (setting === false) rules.delete(rule);
      else rules.set(rule, { ...(rules.get(rule) ?? {}), ...(setting.options ?? {}) });
    }
  }
  const top = chain.at(-1)!;
  return {
    id,
    version: chain.map((p) => `${p.id}@${p.version}`).reverse().join('+'),
    name: top.name,
    effectiveFrom: top.effectiveFrom,
    chain: chain.map((p) => p.id),
    deadlines,
    deadlineArticles,
    rules,
  };
}
