import { ruleTester } from '../../helpers/rule-tester.ts';

// The identities of the official table (NATIONAL.md; 国办公开办函〔2021〕30号), on the report's own figures:
// per column 本年新收 + 上年结转 = 总计 + 结转下年度, 总计 = the sum of the outcome leaves; per row the 总计
// column = the six applicant columns; in part 四 each group's 总计 = its four results. One finding per report.

/** A balanced 2024 table: 9 new requests and 1 carried in; 8 answered; 2 carried out. */
const balanced: Record<string, number> = {
  '三.本年新收.自然人': 6,
  '三.本年新收.商业企业': 2,
  '三.本年新收.法律服务机构': 1,
  '三.本年新收.总计': 9,
  '三.上年结转.自然人': 1,
  '三.上年结转.总计': 1,
  '三.予以公开.自然人': 3,
  '三.予以公开.商业企业': 1,
  '三.予以公开.总计': 4,
  '三.部分公开.自然人': 1,
  '三.部分公开.总计': 1,
  '三.不予公开-保护第三方合法权益.商业企业': 1,
  '三.不予公开-保护第三方合法权益.总计': 1,
  '三.无法提供-本机关不掌握相关政府信息.自然人': 2,
  '三.无法提供-本机关不掌握相关政府信息.总计': 2,
  '三.总计.自然人': 6,
  '三.总计.商业企业': 2,
  '三.总计.总计': 8,
  '三.结转下年度.自然人': 1,
  '三.结转下年度.法律服务机构': 1,
  '三.结转下年度.总计': 2,
  '四.行政复议.结果维持': 1,
  '四.行政复议.总计': 1,
  '四.行政诉讼未经复议.结果纠正': 1,
  '四.行政诉讼未经复议.总计': 1,
};

ruleTester('report/annual-arithmetic', {
  valid: [
    { name: 'a balanced table', reports: [{ year: 2024, published_on: '2025-01-27', figures: balanced }] },
    { name: 'a report with no figures (every cell 0)', reports: [{ year: 2024, published_on: '2025-01-27' }] },
    {
      name: 'part 二 figures take no part in the identities',
      reports: [
        {
          year: 2024,
          published_on: '2025-01-27',
          figures: { ...balanced, '二.行政规范性文件.本年制发': 2, '二.行政处罚.处理决定': 112, '二.行政事业性收费.金额万元': 0.35 },
        },
      ],
    },
  ],
  invalid: [
    {
      // 自然人: 6 + 1 ≠ 6 + 0; 总计: 9 + 1 ≠ 8 + 1. The 结转下年度 row itself still adds up (0 + 1 = 1).
      name: 'a carried-out request left out of the 自然人 column and its total',
      reports: [
        {
          year: 2024,
          published_on: '2025-01-27',
          figures: { ...balanced, '三.结转下年度.自然人': 0, '三.结转下年度.总计': 1 },
        },
      ],
      errors: [
        {
          subject: '2024',
          due: null,
          actual: null,
          lateWorkdays: null,
          messageId: 'broken',
          details: {
            year: 2024,
            count: 2,
            first: '自然人：本年新收 + 上年结转 = 总计 + 结转下年度',
            left: 7,
            right: 6,
            broken: [
              { identity: '自然人：本年新收 + 上年结转 = 总计 + 结转下年度', left: 7, right: 6 },
              { identity: '总计：本年新收 + 上年结转 = 总计 + 结转下年度', left: 10, right: 9 },
            ],
          },
        },
      ],
    },
    {
      // A 重复申请 leaf added to the table without raising the 总计 row.
      name: 'the 总计 row is not the sum of the outcome leaves',
      reports: [
        {
          year: 2024,
          published_on: '2025-01-27',
          figures: { ...balanced, '三.不予处理-重复申请.自然人': 1, '三.不予处理-重复申请.总计': 1 },
        },
      ],
      errors: [
        {
          subject: '2024',
          details: {
            count: 2,
            first: '自然人：总计 = 各办理结果之和',
            left: 6,
            right: 7,
            broken: [
              { identity: '自然人：总计 = 各办理结果之和', left: 6, right: 7 },
              { identity: '总计：总计 = 各办理结果之和', left: 8, right: 9 },
            ],
          },
        },
      ],
    },
    {
      // 本年新收 总计 10 and 上年结转 总计 0: the 总计 column still balances, both rows do not.
      name: 'the 总计 column is not the sum of the six applicant columns',
      reports: [
        {
          year: 2024,
          published_on: '2025-01-27',
          figures: { ...balanced, '三.本年新收.总计': 10, '三.上年结转.总计': 0 },
        },
      ],
      errors: [
        {
          subject: '2024',
          details: {
            count: 2,
            first: '本年新收：总计列 = 六类申请人之和',
            left: 10,
            right: 9,
            broken: [
              { identity: '本年新收：总计列 = 六类申请人之和', left: 10, right: 9 },
              { identity: '上年结转：总计列 = 六类申请人之和', left: 0, right: 1 },
            ],
          },
        },
      ],
    },
    {
      name: 'a lawsuit pending but not in its group total',
      reports: [
        { year: 2024, published_on: '2025-01-27', figures: { ...balanced, '四.行政诉讼复议后.尚未审结': 1 } },
      ],
      errors: [
        {
          subject: '2024',
          details: {
            count: 1,
            first: '行政诉讼复议后：总计 = 维持 + 纠正 + 其他 + 尚未审结',
            left: 0,
            right: 1,
          },
        },
      ],
    },
    {
      name: 'only the unbalanced year of two, even unpublished',
      reports: [
        { year: 2023, published_on: '2024-01-25', figures: balanced },
        { year: 2024, published_on: null, figures: { ...balanced, '四.行政复议.总计': 2 } },
      ],
      errors: [
        {
          subject: '2024',
          due: null,
          actual: null,
          details: { count: 1, first: '行政复议：总计 = 维持 + 纠正 + 其他 + 尚未审结', left: 2, right: 1 },
        },
      ],
    },
  ],
});
