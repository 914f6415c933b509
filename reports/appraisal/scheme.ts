// An appraisal scheme (考核评分标准) is data: scoring items with their maxima, what each deduction counts
// (findings of given rules, or a ledger fact such as a review the body lost) and how many points it costs,
// which finding statuses count, and the grades by total. Schemes are JSON files validated here.
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { RULES } from '../../rules/index.ts';

/** Ledger facts a deduction may count besides findings. */
export const LEDGER_SOURCES = {
  'review-litigation-lost': '依申请公开登记台账中行政复议或行政诉讼结果为“纠正”的案件（每件复议、每件诉讼各计一次）',
} as const;
export type LedgerSource = keyof typeof LEDGER_SOURCES;

export const FINDING_STATUSES = ['open', 'rectified', 'explained', 'waived'] as const;
export const STATUS_ZH: Record<(typeof FINDING_STATUSES)[number], string> = {
  open: '待整改',
  rectified: '已整改',
  explained: '已说明',
  waived: '已豁免',
};

const Id = Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', description: '英文小写、数字与连字符' });

const DeductionSchema = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1, description: '扣分事项' }),
    points: Type.Number({ exclusiveMinimum: 0, description: '每次扣分' }),
    rules: Type.Array(Type.String(), { default: [], description: '计入本项的规则编号' }),
    ledger: Type.Optional(Type.Union(Object.keys(LEDGER_SOURCES).map((k) => Type.Literal(k)))),
    per: Type.Union([Type.Literal('subject'), Type.Literal('finding')], {
      default: 'subject',
      description: 'subject：同一台账事项只计一次（如一件申请同时超期、延期未批）；finding：每条问题各计一次',
    }),
  },
  { additionalProperties: false },
);

const ItemSchema = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1, description: '考核项目' }),
    max: Type.Number({ minimum: 0, description: '满分' }),
    cap: Type.Optional(Type.Number({ minimum: 0, description: '本项最多扣分（默认为满分，即扣完为止）' })),
    standard: Type.Optional(Type.String({ description: '评分标准原文' })),
    articles: Type.Array(Type.String(), { default: [], description: '依据条款（规则本身的依据另列）' }),
    deductions: Type.Array(DeductionSchema, { minItems: 1 }),
  },
  { additionalProperties: false },
);

export const SchemeSchema = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1 }),
    version: Type.String({ default: '1' }),
    basis: Type.Optional(Type.String({ description: '出处或说明' })),
    countStatuses: Type.Array(Type.Union(FINDING_STATUSES.map((s) => Type.Literal(s))), {
      default: ['open', 'explained'],
      minItems: 1,
      uniqueItems: true,
      description: '计入扣分的问题状态',
    }),
    grades: Type.Array(Type.Object({ name: Type.String({ minLength: 1 }), min: Type.Number() }, { additionalProperties: false }), {
      default: [
        { name: '优秀', min: 90 },
        { name: '合格', min: 70 },
        { name: '不合格', min: 0 },
      ],
      minItems: 1,
    }),
    items: Type.Array(ItemSchema, { minItems: 1 }),
  },
  { additionalProperties: false },
);

export type AppraisalScheme = Static<typeof SchemeSchema>;
export type SchemeItem = AppraisalScheme['items'][number];
export type SchemeDeduction = SchemeItem['deductions'][number];

export class SchemeError extends Error {
  constructor(readonly problems: string[], source = '评分标准') {
    super(`${source}无效：${problems.join('；')}`);
    this.name = 'SchemeError';
  }
}

/** What TypeBox cannot say: unique ids, known rules, each rule in one deduction only, caps within maxima. */
function semanticProblems(scheme: AppraisalScheme): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const itemIds = new Set<string>();
  const deductionIds = new Set<string>();
  for (const item of scheme.items) {
    if (itemIds.has(item.id)) problems.push(`考核项目编号 ${item.id} 重复`);
    itemIds.add(item.id);
    if (item.cap !== undefined && item.cap > item.max) problems.push(`${item.name}：最多扣分 ${item.cap} 超过满分 ${item.max}`);
    for (const deduction of item.deductions) {
      const where = `${item.name}/${deduction.name}`;
      if (deductionIds.has(deduction.id)) problems.push(`扣分事项编号 ${deduction.id} 重复`);
      deductionIds.add(deduction.id);
      if (deduction.rules.length === 0 && !deduction.ledger) problems.push(`${where}：既未列规则，也未指定台账来源`);
      for (const rule of deduction.rules) {
        if (!RULES[rule]) problems.push(`${where}：未知规则 ${rule}`);
        const earlier = seen.get(rule);
        // A rule in two deductions would cost the same finding twice.
        if (earlier) problems.push(`规则 ${rule} 同时列于“${earlier}”和“${where}”`);
        seen.set(rule, where);
      }
    }
  }
  const grades = [...scheme.grades].sort((a, b) => b.min - a.min);
  if (grades.at(-1)!.min > 0) problems.push(`最低等级“${grades.at(-1)!.name}”的下限应为 0，否则低分无等级`);
  return problems;
}

/** Validates a scheme (parsed JSON), fills defaults and returns it with grades highest first. */
export function parseScheme(input: unknown, source?: string): AppraisalScheme {
  const candidate = Value.Default(SchemeSchema, Value.Clone(input));
  if (!Value.Check(SchemeSchema, candidate)) {
    const problems = [...Value.Errors(SchemeSchema, candidate)].slice(0, 5).map((e) => `${e.path || '/'}：${e.message}`);
    throw new SchemeError(problems, source);
  }
  const problems = semanticProblems(candidate);
  if (problems.length > 0) throw new SchemeError(problems, source);
  return { ...candidate, grades: [...candidate.grades].sort((a, b) => b.min - a.min) };
}

export function maxTotal(scheme: AppraisalScheme): number {
  return scheme.items.reduce((sum, item) => sum + item.max, 0);
}

export function gradeOf(scheme: AppraisalScheme, total: number): string {
  return (scheme.grades.find((g) => total >= g.min) ?? scheme.grades.at(-1)!).name;
}

/** The rules a scheme leaves unscored, so the scheme sheet can say so. */
export function unscoredRules(scheme: AppraisalScheme): string[] {
  const scored = new Set(scheme.items.flatMap((i) => i.deductions.flatMap((d) => d.rules)));
  return Object.keys(RULES).filter((id) => !scored.has(id)).sort();
}
