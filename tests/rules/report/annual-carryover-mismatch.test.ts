import { ruleTester } from '../../helpers/rule-tester.ts';

// Across years (NATIONAL.md; 国办公开办函〔2021〕30号): report Y's 上年结转 equals report Y−1's 结转下年度, in
// every column, when both are published. One finding per report, every differing column in details.

const carriedOut2023 = { '三.结转下年度.自然人': 1, '三.结转下年度.商业企业': 1, '三.结转下年度.总计': 2 };
const carriedIn2024 = { '三.上年结转.自然人': 1, '三.上年结转.商业企业': 1, '三.上年结转.总计': 2 };

ruleTester('report/annual-carryover-mismatch', {
  valid: [
    {
      name: 'carried in equals last year carried out',
      reports: [
        { year: 2023, published_on: '2024-01-25', figures: carriedOut2023 },
        { year: 2024, published_on: '2025-01-27', figures: carriedIn2024 },
      ],
    },
    {
      name: 'the first report has no previous one',
      reports: [{ year: 2024, published_on: '2025-01-27', figures: carriedIn2024 }],
    },
    {
      name: 'the previous report is not published',
      reports: [
        { year: 2023, published_on: null, figures: { '三.结转下年度.自然人': 5, '三.结转下年度.总计': 5 } },
        { year: 2024, published_on: '2025-01-27', figures: carriedIn2024 },
      ],
    },
    {
      name: 'this report is not published',
      reports: [
        { year: 2023, published_on: '2024-01-25', figures: carriedOut2023 },
        { year: 2024, published_on: null, figures: {} },
      ],
    },
    {
      name: 'a year between the two reports is missing: nothing to compare',
      reports: [
        { year: 2022, published_on: '2023-01-18', figures: { '三.结转下年度.自然人': 3, '三.结转下年度.总计': 3 } },
        { year: 2024, published_on: '2025-01-27', figures: carriedIn2024 },
      ],
    },
    {
      name: 'nothing carried either way',
      reports: [
        { year: 2023, published_on: '2024-01-25', figures: { '三.本年新收.自然人': 4, '三.本年新收.总计': 4 } },
        { year: 2024, published_on: '2025-01-27', figures: { '三.本年新收.自然人': 2, '三.本年新收.总计': 2 } },
      ],
    },
  ],
  invalid: [
    {
      name: 'one more natural person carried in than was carried out',
      reports: [
        { year: 2023, published_on: '2024-01-25', figures: carriedOut2023 },
        {
          year: 2024,
          published_on: '2025-01-27',
          figures: { '三.上年结转.自然人': 2, '三.上年结转.商业企业': 1, '三.上年结转.总计': 3 },
        },
      ],
      errors: [
        {
          subject: '2024',
          due: null,
          actual: null,
          lateWorkdays: null,
          messageId: 'mismatch',
          details: {
            year: 2024,
            column: '自然人',
            carriedIn: 2,
            carriedOut: 1,
            differences: [
              { column: '自然人', carriedIn: 2, carriedOut: 1 },
              { column: '总计', carriedIn: 3, carriedOut: 2 },
            ],
          },
        },
      ],
    },
    {
      name: 'a request carried out under 其他 forgotten the next year',
      reports: [
        { year: 2023, published_on: '2024-01-25', figures: { '三.结转下年度.其他': 1, '三.结转下年度.总计': 1 } },
        { year: 2024, published_on: '2025-02-05', figures: {} },
      ],
      errors: [
        {
          subject: '2024',
          actual: null,
          details: {
            column: '其他',
            carriedIn: 0,
            carriedOut: 1,
            differences: [
              { column: '其他', carriedIn: 0, carriedOut: 1 },
              { column: '总计', carriedIn: 0, carriedOut: 1 },
            ],
          },
        },
      ],
    },
    {
      name: 'the applicant type changed between the years',
      reports: [
        { year: 2023, published_on: '2024-01-25', figures: { '三.结转下年度.科研机构': 1, '三.结转下年度.总计': 1 } },
        { year: 2024, published_on: '2025-01-27', figures: { '三.上年结转.社会公益组织': 1, '三.上年结转.总计': 1 } },
      ],
      errors: [
        {
          subject: '2024',
          details: {
            column: '科研机构',
            differences: [
              { column: '科研机构', carriedIn: 0, carriedOut: 1 },
              { column: '社会公益组织', carriedIn: 1, carriedOut: 0 },
            ],
          },
        },
      ],
    },
    {
      name: 'two mismatches in three years, ordered by year',
      reports: [
        { year: 2022, published_on: '2023-01-18', figures: { '三.结转下年度.自然人': 2, '三.结转下年度.总计': 2 } },
        { year: 2023, published_on: '2024-01-25', figures: { ...carriedOut2023, '三.上年结转.自然人': 1, '三.上年结转.总计': 1 } },
        { year: 2024, published_on: '2025-01-27', figures: {} },
      ],
      errors: [
        { subject: '2023', due: null, details: { column: '自然人', carriedIn: 1, carriedOut: 2 } },
        { subject: '2024', due: null, details: { column: '自然人', carriedIn: 0, carriedOut: 1 } },
      ],
    },
    {
      // rule-semantics.md, "Period filter": with no due date, the report on Y falls in a period by Y+1-01-31.
      name: 'a period keeps the report whose January 31 falls in it',
      reports: [
        { year: 2022, published_on: '2023-01-18', figures: { '三.结转下年度.自然人': 2, '三.结转下年度.总计': 2 } },
        { year: 2023, published_on: '2024-01-25', figures: { ...carriedOut2023, '三.上年结转.自然人': 1, '三.上年结转.总计': 1 } },
        { year: 2024, published_on: '2025-01-27', figures: {} },
      ],
      from: '2025-01-01',
      to: '2025-12-31',
      errors: [{ subject: '2024', due: null, details: { column: '自然人', carriedIn: 0, carriedOut: 1 } }],
    },
  ],
});
