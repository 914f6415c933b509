// 按期率 per section: of the items whose deadline fell due in the period and can be judged at the as-of
// date, the share that met it. Two deadlines count, each from the rules' own relation with the agency's
// profile: proactive publication of 主动公开 information (doc/proactive-late, doc/proactive-unpublished)
// and the answer to a request (req/answer-late, req/answer-overdue). An item is
//   late     when one of those rules reports it (answered or published after the due date, or still not
//            at the as-of date past it): the same items the findings list;
//   on time  when it was answered or published on or before its due date;
// and it is left out while it is still open and not yet due, or has no running deadline (answered on the
// spot, waiting for a correction, repealed before it was due). One query over every agency in scope.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { LedgerRelation } from '../../rules/ledgers/relation.ts';
import { documentsRelation } from '../../rules/ledgers/documents.ts';
import { requestsRelation } from '../../rules/ledgers/requests.ts';
import { ANSWER_DEADLINE_RUNS } from '../../rules/req/explain.ts';
import type { Sql } from '../../rules/types.ts';
import { anyRuleFires, unionOverAgencies, type AgencyProfile } from './agency-relations.ts';

type DeadlineKind = 'proactive' | 'answer';

interface DeadlineItems {
  kind: DeadlineKind;
  relation: LedgerRelation;
  /** Rows of x the deadline applies to. */
  applies: Sql<boolean>;
  due: string;
  done: string;
  lateRules: string[];
}

const DEADLINES: DeadlineItems[] = [
  {
    kind: 'proactive',
    relation: documentsRelation,
    applies: sql<boolean>`x.attribute = '主动公开'`,
    due: 'proactive_due',
    done: 'published_on',
    lateRules: ['doc/proactive-late', 'doc/proactive-unpublished'],
  },
  {
    kind: 'answer',
    relation: requestsRelation,
    applies: ANSWER_DEADLINE_RUNS,
    due: 'answer_due',
    done: 'answered_on',
    lateRules: ['req/answer-late', 'req/answer-overdue'],
  },
];

export interface OnTimeFilter {
  section: string | null;
  from?: string | undefined;
  to?: string | undefined;
  asOf: string;
}

export interface OnTimeCounts {
  /** Items judged: on time + late. */
  items: number;
  onTime: number;
  late: number;
  /** onTime / items; null when no item fell due. */
  rate: number | null;
  proactive: { items: number; late: number };
  answer: { items: number; late: number };
}

interface CountRow {
  total: boolean;
  section: string | null;
  items: number;
  on_time: number;
  late: number;
  proactive_items: number;
  proactive_late: number;
  answer_items: number;
  answer_late: number;
}

function judgedItems(agencies: readonly AgencyProfile[], f: OnTimeFilter): Sql | null {
  const parts = DEADLINES.map((d) =>
    unionOverAgencies(agencies, f.asOf, (context, profile) => {
      const due = sql.ref(`x.${d.due}`);
      const done = sql.ref(`x.${d.done}`);
      return sql`
        select x.section, ${d.kind}::text as kind,
          ${anyRuleFires(profile, d.lateRules, f.asOf)} as late,
          coalesce(${done} <= ${due}, false) as on_time
        from (${d.relation.relation(context)}) x
        where ${d.applies} and ${due} is not null
          and (${f.section}::text is null or x.section = ${f.section})
          and (${f.from ?? null}::date is null or ${due} >= ${f.from ?? null}::date)
          and (${f.to ?? null}::date is null or ${due} <= ${f.to ?? null}::date)`;
    }),
  );
  if (parts.some((p) => p === null)) return null;
  return sql.join(parts as Sql[], sql` union all `);
}

const counts = (r: CountRow): OnTimeCounts => ({
  items: r.items,
  onTime: r.on_time,
  late: r.late,
  rate: r.items === 0 ? null : r.on_time / r.items,
  proactive: { items: r.proactive_items, late: r.proactive_late },
  answer: { items: r.answer_items, late: r.answer_late },
});

export async function onTimeBySection(db: Kysely<Database>, agencies: readonly AgencyProfile[], f: OnTimeFilter) {
  const items = judgedItems(agencies, f);
  const rows = items
    ? (
        await sql<CountRow>`
          select grouping(i.section) = 1 as total, i.section,
            count(*)::int as items,
            (count(*) filter (where i.on_time and not i.late))::int as on_time,
            (count(*) filter (where i.late))::int as late,
            (count(*) filter (where i.kind = 'proactive'))::int as proactive_items,
            (count(*) filter (where i.kind = 'proactive' and i.late))::int as proactive_late,
            (count(*) filter (where i.kind = 'answer'))::int as answer_items,
            (count(*) filter (where i.kind = 'answer' and i.late))::int as answer_late
          from (${items}) i
          where i.late or i.on_time
          group by grouping sets ((i.section), ())`.execute(db)
      ).rows
    : [];
  const total = rows.find((r) => r.total);
  return {
    asOf: f.asOf,
    ...counts(total ?? { total: true, section: null, items: 0, on_time: 0, late: 0, proactive_items: 0, proactive_late: 0, answer_items: 0, answer_late: 0 }),
    bySection: rows
      .filter((r) => !r.total)
      .map((r) => ({ section: r.section, ...counts(r) }))
      .sort((a, b) => (b.rate ?? 0) - (a.rate ?? 0) || b.items - a.items || String(a.section).localeCompare(String(b.section), 'zh-CN')),
  };
}
