// 按期率 per section: of the items a section had in the period (documents formed, requests received), the
// share with no lateness finding (a finding that counts working days late). The ledgers give the
// denominator, the findings the numerator; both are limited to the same items, so the rate is in [0, 1].
import type { SectionOnTime } from '../../charts/on-time-league.ts';

export interface LedgerItem {
  kind: 'document' | 'request';
  key: string;
  section: string | null;
}

export interface LatenessFinding {
  subjectKind: string;
  subject: string;
  lateWorkdays: number | null;
}

const itemId = (kind: string, key: string) => `${kind}\u0000${key}`;

export function onTimeBySection(items: readonly LedgerItem[], findings: readonly LatenessFinding[]): SectionOnTime[] {
  const late = new Set(findings.filter((f) => f.lateWorkdays !== null && f.lateWorkdays > 0).map((f) => itemId(f.subjectKind, f.subject)));
  const sections = new Map<string, { items: number; late: number }>();
  for (const item of items) {
    if (!item.section) continue;
    const entry = sections.get(item.section) ?? { items: 0, late: 0 };
    entry.items += 1;
    if (late.has(itemId(item.kind, item.key))) entry.late += 1;
    sections.set(item.section, entry);
  }
  return [...sections.entries()].map(([section, { items, late: lateItems }]) => ({
    section,
    items,
    late: lateItems,
    rate: items === 0 ? 1 : 1 - lateItems / items,
  }));
}
