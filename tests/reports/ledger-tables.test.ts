// Part 三 of the annual report computed from the request ledger (reports/annual/ledger-tables.ts), against a
// table written down by hand, and every identity of NATIONAL.md checked on the result: per column
// 本年新收 + 上年结转 = 总计 + 结转下年度 and 总计 = the sum of the outcome leaves, the 总计 column = the sum
// of the six applicant columns, part 四 totals, and across years 上年结转 = last year's 结转下年度.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Insertable } from 'kysely';
import type { RequestTable } from '../../db/schema.ts';
import { describeOnDatabases } from '../helpers/databases.ts';
import { computeLedgerTables, type LedgerTables } from '../../reports/annual/ledger-tables.ts';
import { brokenIdentities } from '../../reports/annual/identities.ts';
import { PART3_COLUMNS, PART3_ROWS, part3Key, type Figures } from '../../reports/annual/layout.ts';

const AGENCY = 'WJYJ';
const NEIGHBOUR = 'PTYJ';

type LedgerRow = Omit<Insertable<RequestTable>, 'agency' | 'channel' | 'extra'> & { channel?: string };

/** The ledger: 14 requests from 2023 to 2025, every applicant type, three carried over a year end. */
const LEDGER: LedgerRow[] = [
  { request_no: '2023-01', applicant_type: '自然人', received_on: '2023-03-06', answered_on: '2023-03-28', outcome: '予以公开' },
  // Carried over the 2023 year end.
  { request_no: '2023-02', applicant_type: '自然人', received_on: '2023-12-20', answered_on: '2024-01-15', outcome: '部分公开' },
  {
    request_no: '2023-03',
    applicant_type: '商业企业',
    channel: '网络',
    received_on: '2023-12-28',
    answered_on: '2024-01-22',
    outcome: '无法提供-本机关不掌握相关政府信息',
  },
  { request_no: '2024-01', applicant_type: '自然人', received_on: '2024-01-02', answered_on: '2024-01-26', outcome: '予以公开' },
  // Answered on the spot.
  { request_no: '2024-02', applicant_type: '自然人', received_on: '2024-02-19', on_the_spot: true, answered_on: '2024-02-19', outcome: '予以公开' },
  {
    request_no: '2024-03',
    applicant_type: '法律服务机构',
    received_on: '2024-04-08',
    third_party_sent_on: '2024-04-10',
    third_party_replied_on: '2024-04-19',
    answered_on: '2024-04-30',
    outcome: '不予公开-保护第三方合法权益',
    review_result: '维持',
  },
  { request_no: '2024-04', applicant_type: '科研机构', received_on: '2024-06-03', answered_on: '2024-06-25', outcome: '予以公开' },
  {
    request_no: '2024-05',
    applicant_type: '自然人',
    received_on: '2024-08-12',
    answered_on: '2024-09-05',
    outcome: '不予处理-重复申请',
    litigation_result: '未审结',
  },
  {
    request_no: '2024-06',
    applicant_type: '社会公益组织',
    received_on: '2024-10-21',
    answered_on: '2024-11-15',
    outcome: '不予公开-属于四类过程性信息',
  },
  // Carried over the 2024 year end.
  { request_no: '2024-07', applicant_type: '自然人', received_on: '2024-12-16', answered_on: '2025-01-10', outcome: '予以公开' },
  {
    request_no: '2024-08',
    applicant_type: '其他',
    received_on: '2024-12-30',
    correction_requested_on: '2024-12-31',
    answered_on: '2025-01-24',
    outcome: '其他处理-申请人逾期不补正',
  },
  // Received and answered on the spot on the last day of the year: not carried over.
  { request_no: '2024-09', applicant_type: '商业企业', received_on: '2024-12-31', on_the_spot: true, answered_on: '2024-12-31', outcome: '予以公开' },
  {
    request_no: '2025-01',
    applicant_type: '自然人',
    received_on: '2025-03-10',
    answered_on: '2025-04-02',
    outcome: '无法提供-没有现成信息需要另行制作',
  },
  // Still open: carried over the 2025 year end.
  { request_no: '2025-02', applicant_type: '商业企业', received_on: '2025-11-20' },
];

/** Another agency's request, which must not be counted. */
const NEIGHBOUR_LEDGER: LedgerRow[] = [
  { request_no: '2024-01', applicant_type: '自然人', received_on: '2024-05-06', answered_on: '2024-05-28', outcome: '予以公开' },
];

// The tables by hand. Columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计; rows not
// listed are all 0.
type Table = Partial<Record<(typeof PART3_ROWS)[number], number[]>>;

const TABLE_2023: Table = {
  本年新收: [2, 1, 0, 0, 0, 0, 3],
  予以公开: [1, 0, 0, 0, 0, 0, 1],
  总计: [1, 0, 0, 0, 0, 0, 1],
  结转下年度: [1, 1, 0, 0, 0, 0, 2],
};

const TABLE_2024: Table = {
  本年新收: [4, 1, 1, 1, 1, 1, 9],
  上年结转: [1, 1, 0, 0, 0, 0, 2],
  予以公开: [2, 1, 1, 0, 0, 0, 4],
  部分公开: [1, 0, 0, 0, 0, 0, 1],
  '不予公开-保护第三方合法权益': [0, 0, 0, 0, 1, 0, 1],
  '不予公开-属于四类过程性信息': [0, 0, 0, 1, 0, 0, 1],
  '无法提供-本机关不掌握相关政府信息': [0, 1, 0, 0, 0, 0, 1],
  '不予处理-重复申请': [1, 0, 0, 0, 0, 0, 1],
  总计: [4, 2, 1, 1, 1, 0, 9],
  结转下年度: [1, 0, 0, 0, 0, 1, 2],
};

const TABLE_2025: Table = {
  本年新收: [1, 1, 0, 0, 0, 0, 2],
  上年结转: [1, 0, 0, 0, 0, 1, 2],
  予以公开: [1, 0, 0, 0, 0, 0, 1],
  '无法提供-没有现成信息需要另行制作': [1, 0, 0, 0, 0, 0, 1],
  '其他处理-申请人逾期不补正': [0, 0, 0, 0, 0, 1, 1],
  总计: [2, 0, 0, 0, 0, 1, 3],
  结转下年度: [0, 1, 0, 0, 0, 0, 1],
};

/** Every cell of part 三, from a hand table. */
function part3(table: Table): Figures {
  const figures: Figures = {};
  for (const row of PART3_ROWS) {
    PART3_COLUMNS.forEach((column, i) => {
      figures[part3Key(row, column)] = table[row]?.[i] ?? 0;
    });
  }
  return figures;
}

function part3Of(figures: Figures): Figures {
  return Object.fromEntries(Object.entries(figures).filter(([key]) => key.startsWith('三.')));
}

describeOnDatabases('annual report tables from the request ledger', (use) => {
  beforeAll(async () => {
    const { db } = use();
    await db
      .insertInto('agency')
      .values([
        { code: AGENCY, name: '苏州市吴江区应急管理局', profile: 'suzhou-wujiang-2023' },
        { code: NEIGHBOUR, name: '上海市普陀区应急管理局', profile: 'shanghai-putuo' },
      ])
      .execute();
    const rows = (agency: string, ledger: LedgerRow[]) =>
      ledger.map((r) => ({ agency, channel: '当面', extra: '{}', ...r }) as Insertable<RequestTable>);
    await db.insertInto('request').values([...rows(AGENCY, LEDGER), ...rows(NEIGHBOUR, NEIGHBOUR_LEDGER)]).execute();
  });

  const years = [
    [2023, TABLE_2023],
    [2024, TABLE_2024],
    [2025, TABLE_2025],
  ] as const;

  for (const [year, table] of years) {
    describe(`${year}`, () => {
      it('part 三 equals the table written by hand', async () => {
        const tables = await computeLedgerTables(use().db, AGENCY, year);
        expect(part3Of(tables.figures)).toEqual(part3(table));
        expect(tables.unclassified).toBe(0);
        expect(tables.hasRequests).toBe(true);
      });

      it('the hand table and the computed one break no identity', async () => {
        const tables = await computeLedgerTables(use().db, AGENCY, year);
        expect(brokenIdentities(part3(table))).toEqual([]);
        expect(brokenIdentities(tables.figures)).toEqual([]);
      });
    });
  }

  it('carried in each year equals carried out the year before, in every column', async () => {
    const tables = await Promise.all(years.map(([year]) => computeLedgerTables(use().db, AGENCY, year)));
    for (const [before, after] of [tables.slice(0, 2), tables.slice(1, 3)] as [LedgerTables, LedgerTables][]) {
      for (const column of PART3_COLUMNS) {
        expect(after.figures[part3Key('上年结转', column)], `${after.year} ${column}`).toBe(
          before.figures[part3Key('结转下年度', column)],
        );
      }
    }
  });

  it('part 四 counts the reviews and lawsuits of the requests answered in the year', async () => {
    const { figures } = await computeLedgerTables(use().db, AGENCY, 2024);
    expect(figures).toMatchObject({
      '四.行政复议.结果维持': 1,
      '四.行政复议.总计': 1,
      '四.行政诉讼未经复议.尚未审结': 1,
      '四.行政诉讼未经复议.总计': 1,
    });
    expect(Object.keys(figures).filter((key) => key.startsWith('四.'))).toHaveLength(4);
  });

  it('counts an on-the-spot answer with no answer date on the day it was received', async () => {
    const { db } = use();
    await db.insertInto('agency').values({ code: 'SPOT', name: '现场答复测试机关', profile: 'national-2019' }).execute();
    await db
      .insertInto('request')
      .values({
        agency: 'SPOT', request_no: 'S-1', applicant_type: '自然人', channel: '当面', received_on: '2024-12-31',
        on_the_spot: true, outcome: '予以公开', extra: '{}',
      } as Insertable<RequestTable>)
      .execute();
    const tables = await computeLedgerTables(db, 'SPOT', 2024);
    expect(tables.figures['三.予以公开.自然人']).toBe(1);
    expect(tables.figures['三.结转下年度.自然人']).toBe(0);
    expect(brokenIdentities(tables.figures)).toEqual([]);
    expect((await computeLedgerTables(db, 'SPOT', 2025)).figures['三.上年结转.总计']).toBe(0);
  });

  it('an agency with no requests has an all-zero table', async () => {
    const { db } = use();
    await db.insertInto('agency').values({ code: 'EMPTY', name: '太仓市应急管理局', profile: 'national-2019' }).execute();
    const tables = await computeLedgerTables(db, 'EMPTY', 2024);
    expect(tables.hasRequests).toBe(false);
    expect(part3Of(tables.figures)).toEqual(part3({}));
  });
});
