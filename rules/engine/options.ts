// A rule's options: its schema's defaults, overridden by the profile, validated by TypeBox.
import { Value } from '@sinclair/typebox/value';
import type { Rule } from '../types.ts';

export function ruleOptions(rule: Rule, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const options = Value.Default(rule.meta.schema, Value.Clone(overrides)) as Record<string, unknown>;
  if (!Value.Check(rule.meta.schema, options)) {
    const first = [...Value.Errors(rule.meta.schema, options)][0];
    throw new Error(`${rule.meta.id}: 参数无效 / invalid option ${first?.path ?? ''}: ${first?.message ?? ''}`);
  }
  return options;
}
