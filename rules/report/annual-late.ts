import { Type } from '@sinclair/typebox';
import { defineQueryRule } from '../types.ts';
import { workdaysBetween } from '../../db/calendar/workdays.ts';
import { annualReportDue, publishedReports } from './reports.ts';

export default defineQueryRule({
  meta: {
    id: 'report/annual-late',
    ledger: 'annual-reports',
    title: { zh: '年度报告逾期发布', en: 'Annual report published after January 31' },
    severity: 'error',
    articles: ['条例第四十九条', '吴江规定第三十条'],
    description: '应当于每年 1 月 31 日前公布上一年度的政府信息公开工作年度报告。',
    schema: Type.Object({}),
    messages: { late: '{{subject}} 年度报告应于 {{due}} 前公布，实际 {{actual}} 公布，逾期 {{lateWorkdays}} 个工作日' },
  },
  async run({ db, agency, asOf }) {
    const late = (await publishedReports(db, agency, asOf)).filter(
      (r) => r.publishedOn !== null && r.publishedOn > annualReportDue(r.year),
    );
    return Promise.all(
      late.map(async (r) => ({
        subject: String(r.year),
        section: null,
        due: annualReportDue(r.year),
        actual: r.publishedOn,
        lateWorkdays: await workdaysBetween(db, annualReportDue(r.year), r.publishedOn!),
        details: { year: r.year, publishedOn: r.publishedOn },
        messageId: 'late',
      })),
    );
  },
});
