// The annual reports ledger (政府信息公开工作年度报告) of one agency: one row per year whose report was
// due by the as-of date, with its part 三 and 四 figures computed from the requests the generator made
// (exactly as reports/annual/ledger-tables.ts defines them) and its text composed from a large pool of
// sentences. Planted: late and missing reports, a total that breaks the identities, a request moved
// between outcome rows, a carried-in count that differs from last year's carried-out count, and texts
// copied from the agency's own previous report or from another agency's report of the same year.
import { APPLICANT_COLUMNS, OUTCOME_LEAVES, PART4_GROUPS, PART4_RESULTS, TOTAL, part3Key, part4Key, type Figures } from '../../reports/annual/layout.ts';
import { brokenIdentities, part3Differences } from '../../reports/annual/identities.ts';
import type { Agency } from './agencies.ts';
import { dayNumber } from './calendar.ts';
import type { CsvWriter } from './csv.ts';
import type { GenContext } from './context.ts';
import { RATES } from './plants.ts';
import type { RequestFacts } from './requests.ts';
import { Rng } from './random.ts';

export const REPORT_FIGURE_KEYS: readonly string[] = [
  ...['本年新收', '上年结转', ...OUTCOME_LEAVES, TOTAL, '结转下年度'].flatMap((row) => [...APPLICANT_COLUMNS, TOTAL].map((c) => part3Key(row, c))),
  ...PART4_GROUPS.flatMap((g) => [...PART4_RESULTS, TOTAL].map((c) => part4Key(g, c))),
];
export const REPORT_HEADERS = ['年度', '发布日期', '报送日期', '链接', '全文', ...REPORT_FIGURE_KEYS];

/** A report as the whole city's generation remembers it, for the text-duplication rule. */
export interface ReportText {
  agency: string;
  year: number;
  /** Reports with the same text id have the same text once names and figures are removed. */
  textId: string;
  /** The sentence choices the text is rendered from. */
  spec: number[];
}

/** Part 三 and 四 as ledger-tables.ts computes them from the request ledger, plus the unclassified answers. */
export function ledgerFigures(facts: readonly RequestFacts[], year: number): { figures: Figures; unclassified: Map<string, number> } {
  const first = dayNumber(`${year}-01-01`);
  const last = dayNumber(`${year}-12-31`);
  const figures: Figures = {};
  for (const key of REPORT_FIGURE_KEYS) if (key.startsWith('三.')) figures[key] = 0;
  const add = (row: string, column: string, n = 1) => {
    for (const c of [column, TOTAL]) figures[part3Key(row, c)] = (figures[part3Key(row, c)] ?? 0) + n;
  };
  const unclassified = new Map<string, number>();
  const resultColumn: Record<string, string> = { 维持: '结果维持', 纠正: '结果纠正', 其他: '其他结果', 未审结: '尚未审结' };
  for (const f of facts) {
    const column = (APPLICANT_COLUMNS as readonly string[]).includes(f.applicantType) ? f.applicantType : '其他';
    if (f.received >= first && f.received <= last) add('本年新收', column);
    if (f.received < first && (f.answered === null || f.answered >= first)) add('上年结转', column);
    if (f.received <= last && (f.answered === null || f.answered > last)) add('结转下年度', column);
    if (f.answered !== null && f.answered >= first && f.answered <= last) {
      if (f.outcome !== null && (OUTCOME_LEAVES as readonly string[]).includes(f.outcome)) {
        add(f.outcome, column);
        add(TOTAL, column);
      } else unclassified.set(column, (unclassified.get(column) ?? 0) + 1);
      const groups: [string, string | null][] = [
        ['行政复议', f.review],
        [f.litigation?.startsWith('复议后-') ? '行政诉讼复议后' : '行政诉讼未经复议', f.litigation?.replace(/^复议后-/, '') ?? null],
      ];
      for (const [group, result] of groups) {
        const key = result ? resultColumn[result] : undefined;
        if (!key) continue;
        figures[part4Key(group, key)] = (figures[part4Key(group, key)] ?? 0) + 1;
        figures[part4Key(group, TOTAL)] = (figures[part4Key(group, TOTAL)] ?? 0) + 1;
      }
    }
  }
  return { figures, unclassified };
}

// The text: six fixed headings and, under each, a few sentences chosen from pools of templates whose
// slots are filled from word lists, so that two reports written independently share little.
const HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const SLOTS: Record<string, readonly string[]> = {
  A: ['坚持以人民为中心', '深入贯彻落实党中央、国务院决策部署', '紧紧围绕全区中心工作', '以推进治理能力现代化为目标', '按照上级政务公开工作要点', '立足部门职能', '聚焦群众关切', '坚持公开为常态、不公开为例外'],
  B: ['扎实推进', '持续深化', '全面加强', '稳步推进', '不断规范', '积极探索', '有序开展', '认真落实'],
  C: ['决策公开', '执行公开', '管理公开', '服务公开', '结果公开', '政策解读', '回应关切', '平台建设', '制度建设', '监督保障'],
  D: ['公开质量和实效明显提升', '群众满意度进一步提高', '各项工作取得积极成效', '透明度和公信力不断增强', '依法公开水平稳步提高', '公开工作规范化程度持续提升'],
  E: ['门户网站', '政务新媒体', '政务服务中心', '新闻发布会', '政府公报', '公开查阅点', '便民服务热线', '基层公开专区'],
  F: ['专人负责', '定期检查', '台账管理', '三级审核', '源头认定', '动态调整', '清单管理', '闭环管理'],
  G: ['部分栏目更新不够及时', '政策解读形式较为单一', '基层公开标准化规范化有待加强', '依申请公开答复质量有待提升', '公开内容的针对性不够强', '业务培训覆盖面不够广', '数据开放程度不高', '互动回应的时效性有待提高'],
  H: ['加强业务培训', '完善考核评价', '强化监督检查', '优化栏目设置', '丰富解读形式', '健全工作机制', '加强队伍建设', '推进数字化转型'],
};
const TEMPLATES: readonly (readonly string[])[] = [
  [
    '本年度，{name}{A}，{B}{C}工作，{D}。',
    '{name}{B}{C}，将政务公开纳入年度重点工作，{D}。',
    '围绕{C}和{C}，{name}{B}各项措施，{D}。',
    '本机关成立由主要负责同志任组长的政务公开工作领导小组，实行{F}和{F}，{D}。',
    '全年召开政务公开专题会议{n}次，研究部署{C}工作，{B}{C}。',
    '对照年度工作要点逐项抓好落实，{A}，{D}。',
    '印发年度政务公开工作要点，明确{C}、{C}等方面的任务分工，实行{F}。',
    '将政务公开工作纳入机关绩效考核，通过{F}推动各科室{B}{C}。',
  ],
  [
    '全年通过{E}主动公开政府信息{n}条，其中{C}类信息{n}条。',
    '依托{E}和{E}，{B}{C}，发布各类信息{n}条。',
    '围绕{C}，及时公开行政许可、行政处罚等结果信息{n}条，{D}。',
    '制发行政规范性文件{n}件，均通过{E}同步发布解读材料，解读形式包括图解、问答等。',
    '在{E}开设专题专栏{n}个，集中发布{C}相关信息，方便群众查阅。',
    '对{E}栏目进行梳理整合，新增和调整栏目{n}个，实行{F}。',
    '落实{F}制度，信息发布前经过保密审查和领导审定，全年未发生失泄密事件。',
    '通过{E}回应社会关切{n}次，及时发布权威信息，{D}。',
  ],
  [
    '本年度共收到政府信息公开申请{n}件，上年结转{n}件，均在法定期限内办结。',
    '申请内容主要集中在{C}、{C}等方面，本机关严格按照《条例》规定的程序办理。',
    '进一步规范依申请公开工作流程，实行{F}和{F}，{D}。',
    '对需要补正的申请及时出具补正告知书，对涉及第三方的申请依法征求意见。',
    '依申请公开答复均经过{F}，答复文书格式规范、依据充分。',
    '通过{E}畅通申请渠道，提供当面、邮寄、网络等多种提交方式。',
    '梳理历年申请事项，对申请较为集中的{C}类信息转为主动公开。',
    '全年办结申请{n}件，其中予以公开{n}件，部分公开{n}件，无法提供{n}件。',
  ],
  [
    '本年度发生政府信息公开行政复议{n}件，行政诉讼{n}件。',
    '对行政复议、行政诉讼中发现的问题认真整改，{B}{C}。',
    '本年度未发生因政府信息公开引发的行政复议和行政诉讼案件。',
    '针对复议纠错案件，组织开展案例分析，进一步完善{F}机制。',
    '加强与复议机关、审判机关的沟通，依法做好答辩和应诉工作。',
    '建立败诉案件通报制度，通过{F}推动依法答复。',
  ],
  [
    '本年度政务公开工作仍存在一些不足：一是{G}；二是{G}。',
    '存在的主要问题：{G}，{G}。',
    '下一步，{name}将{H}，{H}，推动{C}工作再上新台阶。',
    '针对上述问题，本机关将{H}和{H}，{B}{C}。',
    '对上一年度报告中提出的问题，已通过{H}等措施逐项整改到位。',
    '今后将进一步{H}，着力解决{G}的问题。',
    '将{A}，{H}，不断提升{C}的质量和实效。',
  ],
  [
    '本年度未收取信息处理费。',
    '按照有关规定，本机关本年度未发生收取信息处理费的情况。',
    '本年度完成人大代表建议和政协提案办理{n}件，办理结果均已公开。',
    '本年度政务公开工作要点落实情况已在{E}专栏公开。',
    '本机关通过{E}公开年度政务公开工作要点落实情况，接受社会监督。',
    '本年度组织政务公开业务培训{n}次，参训人员{n}人次。',
  ],
];

/** Sentence choices: for each heading, which templates, and for each slot which word. */
export function textSpec(rng: Rng): number[] {
  const spec: number[] = [];
  for (const pool of TEMPLATES) {
    const k = rng.int(2, 4);
    spec.push(k);
    const order = pool.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let i = 0; i < k; i++) {
      spec.push(order[i]!);
      for (let s = 0; s < 8; s++) spec.push(rng.int(0, 63));
    }
  }
  return spec;
}

export function renderText(spec: readonly number[], name: string, year: number, rng: Rng): string {
  const parts: string[] = [`${name}${year}年政府信息公开工作年度报告`, '本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室关于年度报告格式的要求编制。'];
  let at = 0;
  TEMPLATES.forEach((pool, h) => {
    parts.push(HEADINGS[h]!);
    const k = spec[at++]!;
    for (let i = 0; i < k; i++) {
      const template = pool[spec[at++]!]!;
      const picks = spec.slice(at, at + 8);
      at += 8;
      let slot = 0;
      parts.push(
        template.replace(/\{(\w+)\}/g, (_, key: string) => {
          if (key === 'name') return name;
          if (key === 'n') return String(rng.int(1, 300));
          const words = SLOTS[key]!;
          return words[picks[slot++ % 8]! % words.length]!;
        }),
      );
    }
  });
  return parts.join('\n');
}

export async function generateReports(
  ctx: GenContext,
  agency: Agency,
  facts: readonly RequestFacts[],
  texts: ReportText[],
  out: CsvWriter,
): Promise<void> {
  const { cal, asOf, expected } = ctx;
  const R = RATES.reports;
  const rng = new Rng(ctx.seed, `reports:${agency.code}`);
  const published = new Map<number, Figures>();
  let firstRow: number | null = null;
  let previousSpec: { year: number; spec: number[]; textId: string } | null = null;
  for (let year = ctx.firstYear; year <= ctx.lastYear; year++) {
    const due = dayNumber(`${year + 1}-01-31`);
    if (due >= asOf) break;
    const { figures, unclassified } = ledgerFigures(facts, year);
    // The office counts answers with no outcome as 其他处理-其他, so its table adds up.
    const table: Figures = { ...figures };
    for (const [column, n] of unclassified) {
      for (const c of [column, TOTAL]) {
        table[part3Key('其他处理-其他', c)] = (table[part3Key('其他处理-其他', c)] ?? 0) + n;
        table[part3Key(TOTAL, c)] = (table[part3Key(TOTAL, c)] ?? 0) + n;
      }
    }
    const missing = rng.chance(R.missing);
    const late = rng.chance(R.late);
    const arithmetic = rng.chance(R.arithmetic);
    const shift = rng.chance(R.ledgerShift);
    const carryover = rng.chance(R.carryover);
    const duplicateOwn = rng.chance(R.duplicateOwn);
    const duplicateOther = rng.chance(R.duplicateOther);
    const fresh = textSpec(rng);
    if (missing) continue;
    firstRow ??= year;
    if (arithmetic) table[part3Key(TOTAL, TOTAL)] = (table[part3Key(TOTAL, TOTAL)] ?? 0) + 1;
    if (shift) {
      const column = rng.pick(APPLICANT_COLUMNS);
      const from = OUTCOME_LEAVES.find((leaf) => (table[part3Key(leaf, column)] ?? 0) > 0);
      const to = OUTCOME_LEAVES.find((leaf) => leaf !== from && leaf.startsWith('无法提供'))!;
      if (from) {
        for (const c of [column, TOTAL]) {
          table[part3Key(from, c)]! -= 1;
          table[part3Key(to, c)] = (table[part3Key(to, c)] ?? 0) + 1;
        }
      }
    }
    if (carryover) {
      const column = rng.pick(APPLICANT_COLUMNS);
      for (const c of [column, TOTAL]) {
        table[part3Key('上年结转', c)] = (table[part3Key('上年结转', c)] ?? 0) + 1;
        table[part3Key('结转下年度', c)] = (table[part3Key('结转下年度', c)] ?? 0) + 1;
      }
    }

    // The text: fresh, or the agency's own last report, or another agency's report of the same year.
    let spec = fresh;
    let textId = `${agency.code}:${year}`;
    const others = texts.filter((t) => t.year === year && t.agency !== agency.code);
    if (duplicateOwn && previousSpec) ({ spec, textId } = previousSpec);
    else if (duplicateOther && others.length > 0) ({ spec, textId } = rng.pick(others));
    texts.push({ agency: agency.code, year, textId, spec });
    previousSpec = { year, spec, textId };

    const publishedOn = late ? dayNumber(`${year + 1}-02-01`) + rng.int(0, 55) : dayNumber(`${year + 1}-01-05`) + rng.int(0, 26);
    const publishedDay = publishedOn <= asOf ? publishedOn : null;
    const submittedOn = publishedDay === null ? null : publishedDay - rng.int(0, 5);
    if (publishedDay !== null) published.set(year, table);

    // The findings (rules/report/*; annual-duplicate is counted once every agency is generated).
    if (publishedDay !== null && publishedDay > due) expected.add(agency.code, 'report/annual-late');
    if (brokenIdentities(table).length > 0) expected.add(agency.code, 'report/annual-arithmetic');
    if (publishedDay !== null && part3Differences(table, figures).length > 0) expected.add(agency.code, 'report/annual-ledger-mismatch');
    const before = published.get(year - 1);
    if (publishedDay !== null && before) {
      const carriedIn = [...APPLICANT_COLUMNS, TOTAL].some((c) => (table[part3Key('上年结转', c)] ?? 0) !== (before[part3Key('结转下年度', c)] ?? 0));
      if (carriedIn) expected.add(agency.code, 'report/annual-carryover-mismatch');
    }

    const text = renderText(spec, agency.name, year, rng);
    await out.row([
      year,
      publishedDay === null ? null : cal.isoOf(publishedDay),
      submittedOn === null ? null : cal.isoOf(submittedOn),
      publishedDay === null ? null : `${agency.site}/ndbg/${year}.html`,
      text,
      ...REPORT_FIGURE_KEYS.map((key) => table[key] ?? 0),
    ]);
  }
  // report/annual-missing: every year from the first reported one whose due date has passed, unpublished.
  if (firstRow !== null) {
    for (let year = firstRow; dayNumber(`${year + 1}-01-31`) < asOf; year++) {
      if (!published.has(year)) expected.add(agency.code, 'report/annual-missing');
    }
  }
}

/** report/annual-duplicate: a report whose text is the agency's latest earlier one, or another agency's of the year. */
export function countDuplicates(texts: readonly ReportText[], expected: GenContext['expected']): void {
  for (const t of texts) {
    let previous: ReportText | undefined;
    for (const o of texts) if (o.agency === t.agency && o.year < t.year && (!previous || o.year > previous.year)) previous = o;
    const same = previous?.textId === t.textId || texts.some((o) => o.year === t.year && o.agency !== t.agency && o.textId === t.textId);
    if (same) expected.add(t.agency, 'report/annual-duplicate');
  }
}
