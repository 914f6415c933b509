import { Type } from '@sinclair/typebox';
import { defineQueryRule } from '../types.ts';
import { brokenIdentities } from '../../reports/annual/identities.ts';
import { annualReportDue, publishedReports } from './reports.ts';

export default defineQueryRule({
  meta: {
    id: 'report/annual-arithmetic',
    ledger: 'annual-reports',
    title: { zh: '年度报告表格数据不平衡', en: "Annual report figures break the table's identities" },
    severity: 'error',
    articles: ['条例第五十条', '国办公开办函〔2021〕30号'],
    description:
      '年度报告第三部分每列应满足：本年新收 + 上年结转 = 总计 + 结转下年度；总计等于各办理结果之和；' +
      '总计列等于六类申请人之和。第四部分各项总计等于各结果之和。',
    schema: Type.Object({}),
    messages: { broken: '{{subject}} 年度报告有 {{count}} 处数据不平衡，如“{{first}}”（{{left}} ≠ {{right}}）' },
  },
  async run({ db, agency, asOf }) {
    return (await publishedReports(db, agency, asOf)).flatMap((r) => {
      const broken = brokenIdentities(r.figures);
      if (broken.length === 0) return [];
      return [
        {
          subject: String(r.year),
          section: null,
          due: null,
          actual: null,
          periodDate: annualReportDue(r.year),
          lateWorkdays: null,
          details: { year: r.year, count: broken.length, first: broken[0]!.identity, left: broken[0]!.left, right: broken[0]!.right, broken },
          messageId: 'broken',
        },
      ];
    });
  },
});
