import { ruleTester } from '../../helpers/rule-tester.ts';

// Part 三 of a published report against the request ledger (rule-semantics.md): received in Y by applicant
// type; carried in = received before Y and not answered before Y; outcomes of the requests answered in Y;
// carried out = received by Y-12-31 and not answered by then. Differences are listed in table order.

/** The ledger: one request carried in from 2023, three received in 2024, one of them carried into 2025. */
const ledger = [
  { request_no: '吴应急依申〔2023〕15号', received_on: '2023-12-20', answered_on: '2024-01-15', outcome: '部分公开', refusal_reason: '涉及第三方个人信息' },
  { request_no: '吴应急依申〔2024〕3号', applicant_type: '商业企业', channel: '网络', received_on: '2024-03-11', answered_on: '2024-04-02', outcome: '予以公开' },
  { request_no: '吴应急依申〔2024〕9号', received_on: '2024-06-03', on_the_spot: true, answered_on: '2024-06-03', outcome: '予以公开' },
  { request_no: '吴应急依申〔2024〕21号', received_on: '2024-12-30', answered_on: '2025-01-06', outcome: '予以公开' },
];

/** The 2024 table computed by hand from that ledger. */
const table2024: Record<string, number> = {
  '三.本年新收.自然人': 2,
  '三.本年新收.商业企业': 1,
  '三.本年新收.总计': 3,
  '三.上年结转.自然人': 1,
  '三.上年结转.总计': 1,
  '三.予以公开.自然人': 1,
  '三.予以公开.商业企业': 1,
  '三.予以公开.总计': 2,
  '三.部分公开.自然人': 1,
  '三.部分公开.总计': 1,
  '三.总计.自然人': 2,
  '三.总计.商业企业': 1,
  '三.总计.总计': 3,
  '三.结转下年度.自然人': 1,
  '三.结转下年度.总计': 1,
};

const table2023: Record<string, number> = {
  '三.本年新收.自然人': 1,
  '三.本年新收.总计': 1,
  '三.结转下年度.自然人': 1,
  '三.结转下年度.总计': 1,
};

ruleTester('report/annual-ledger-mismatch', {
  valid: [
    {
      name: 'the report agrees with the ledger',
      requests: [...ledger, { received_on: '2025-02-10', applicant_type: '法律服务机构' }],
      reports: [
        { year: 2023, published_on: '2024-01-25', figures: table2023 },
        { year: 2024, published_on: '2025-01-27', figures: table2024 },
      ],
    },
    {
      name: 'no request ledger: nothing to compare with',
      reports: [{ year: 2024, published_on: '2025-01-27', figures: { '三.本年新收.自然人': 7, '三.本年新收.总计': 7 } }],
    },
    {
      name: 'an unpublished report is not judged',
      requests: ledger,
      reports: [{ year: 2024, published_on: null, figures: {} }],
    },
    {
      name: 'part 二 and 四 figures are not compared',
      requests: ledger,
      reports: [
        {
          year: 2024,
          published_on: '2025-01-27',
          figures: { ...table2024, '二.行政处罚.处理决定': 112, '四.行政复议.结果维持': 1, '四.行政复议.总计': 1 },
        },
      ],
    },
  ],
  invalid: [
    {
      // The request received on 2024-12-30 and answered on 2025-01-06 was counted as answered in 2024.
      name: 'a request answered in January counted in the year it was received',
      requests: ledger,
      reports: [
        {
          year: 2024,
          published_on: '2025-01-27',
          figures: {
            ...table2024,
            '三.予以公开.自然人': 2,
            '三.予以公开.总计': 3,
            '三.总计.自然人': 3,
            '三.总计.总计': 4,
            '三.结转下年度.自然人': 0,
            '三.结转下年度.总计': 0,
          },
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
            count: 6,
            firstKey: '三.予以公开.自然人',
            published: 2,
            computed: 1,
            unclassified: 0,
            differences: [
              { key: '三.予以公开.自然人', published: 2, computed: 1 },
              { key: '三.予以公开.总计', published: 3, computed: 2 },
              { key: '三.总计.自然人', published: 3, computed: 2 },
              { key: '三.总计.总计', published: 4, computed: 3 },
              { key: '三.结转下年度.自然人', published: 0, computed: 1 },
              { key: '三.结转下年度.总计', published: 0, computed: 1 },
            ],
          },
        },
      ],
    },
    {
      name: "a company's request reported under natural persons",
      requests: ledger,
      reports: [
        {
          year: 2024,
          published_on: '2025-01-27',
          figures: {
            ...table2024,
            '三.本年新收.自然人': 3,
            '三.本年新收.商业企业': 0,
            '三.予以公开.自然人': 2,
            '三.予以公开.商业企业': 0,
            '三.总计.自然人': 3,
            '三.总计.商业企业': 0,
          },
        },
      ],
      errors: [
        {
          subject: '2024',
          details: {
            count: 6,
            firstKey: '三.本年新收.自然人',
            published: 3,
            computed: 2,
            differences: [
              { key: '三.本年新收.自然人', published: 3, computed: 2 },
              { key: '三.本年新收.商业企业', published: 0, computed: 1 },
              { key: '三.予以公开.自然人', published: 2, computed: 1 },
              { key: '三.予以公开.商业企业', published: 0, computed: 1 },
              { key: '三.总计.自然人', published: 3, computed: 2 },
              { key: '三.总计.商业企业', published: 0, computed: 1 },
            ],
          },
        },
      ],
    },
    {
      // The ledger has no outcome for a request answered in 2024, so the ledger's 总计 leaves it out.
      name: 'an answered request with no outcome in the ledger',
      requests: [
        { received_on: '2024-05-06', answered_on: '2024-05-29', outcome: null },
        { received_on: '2024-05-13', answered_on: '2024-06-04', outcome: '无法提供-本机关不掌握相关政府信息' },
      ],
      reports: [
        {
          year: 2024,
          published_on: '2025-01-27',
          figures: {
            '三.本年新收.自然人': 2,
            '三.本年新收.总计': 2,
            '三.予以公开.自然人': 1,
            '三.予以公开.总计': 1,
            '三.无法提供-本机关不掌握相关政府信息.自然人': 1,
            '三.无法提供-本机关不掌握相关政府信息.总计': 1,
            '三.总计.自然人': 2,
            '三.总计.总计': 2,
          },
        },
      ],
      errors: [
        {
          subject: '2024',
          details: {
            count: 4,
            firstKey: '三.予以公开.自然人',
            published: 1,
            computed: 0,
            unclassified: 1,
          },
        },
      ],
    },
    {
      name: 'both years differ: one finding each, ordered by year',
      requests: ledger,
      reports: [
        { year: 2023, published_on: '2024-01-25', figures: { ...table2023, '三.结转下年度.自然人': 0, '三.结转下年度.总计': 0 } },
        { year: 2024, published_on: '2025-01-27', figures: { ...table2024, '三.上年结转.自然人': 0, '三.上年结转.总计': 0 } },
      ],
      errors: [
        { subject: '2023', due: null, details: { count: 2, firstKey: '三.结转下年度.自然人', published: 0, computed: 1 } },
        { subject: '2024', due: null, details: { count: 2, firstKey: '三.上年结转.自然人', published: 0, computed: 1 } },
      ],
    },
  ],
});
