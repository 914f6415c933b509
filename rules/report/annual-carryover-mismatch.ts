import { Type } from '@sinclair/typebox';
import { defineQueryRule } from '../types.ts';
import { PART3_COLUMNS, figure, part3Key } from '../../reports/annual/layout.ts';
import { annualReportDue, publishedReports } from './reports.ts';

export default defineQueryRule({
  meta: {
    id: 'report/annual-carryover-mismatch',
    ledger: 'annual-reports',
    title: { zh: '上年结转与上年报告不符', en: "Carried-in count differs from last year's carried-out count" },
    severity: 'error',
    articles: ['国办公开办函〔2021〕30号', '条例第五十条'],
    description: '本年度报告的“上年结转政府信息公开申请数量”应等于上一年度报告的“结转下年度继续办理”。',
    schema: Type.Object({}),
    messages: {
      mismatch: '{{subject}} 年度报告“上年结转”（{{column}} {{carriedIn}}）与上年报告“结转下年度”（{{carriedOut}}）不符',
    },
  },
  async run({ db, agency, asOf }) {
    const reports = await publishedReports(db, agency, asOf);
    const byYear = new Map(reports.map((r) => [r.year, r]));
    return reports.flatMap((r) => {
      const previous = byYear.get(r.year - 1);
      if (!previous || !r.publishedOn || !previous.publishedOn) return [];
      const differences = PART3_COLUMNS.map((column) => ({
        column,
        carriedIn: figure(r.figures, part3Key('上年结转', column)),
        carriedOut: figure(previous.figures, part3Key('结转下年度', column)),
      })).filter((d) => d.carriedIn !== d.carriedOut);
      if (differences.length === 0) return [];
      return [
        {
          subject: String(r.year),
          section: null,
          due: null,
          actual: null,
          periodDate: annualReportDue(r.year),
          lateWorkdays: null,
          details: { year: r.year, ...differences[0], differences },
          messageId: 'mismatch',
        },
      ];
    });
  },
});
