import { Type } from '@sinclair/typebox';
import { defineQueryRule } from '../types.ts';
import { workdaysBetween } from '../../db/calendar/workdays.ts';
import { annualReportDue, publishedReports } from './reports.ts';

export default defineQueryRule({
  meta: {
    id: 'report/annual-missing',
    ledger: 'annual-reports',
    title: { zh: '年度报告逾期未公布', en: 'No annual report by January 31' },
    severity: 'error',
    articles: ['条例第四十九条', '吴江规定第三十条'],
    description: '截至检查日，上一年度的政府信息公开工作年度报告仍未公布（期限为次年 1 月 31 日）。',
    schema: Type.Object({}),
    messages: { missing: '{{subject}} 年度报告应于 {{due}} 前公布，截至 {{asOf}} 仍未公布，已逾期 {{lateWorkdays}} 个工作日' },
  },
  async run({ db, agency, asOf }) {
    // Judged only for an agency whose report ledger was imported: from its first report year on.
    const reports = await publishedReports(db, agency, asOf);
    if (reports.length === 0) return [];
    const published = new Set(reports.filter((r) => r.publishedOn).map((r) => r.year));
    const first = Math.min(...reports.map((r) => r.year));
    const findings = [];
    for (let year = first; annualReportDue(year) < asOf; year++) {
      if (published.has(year)) continue;
      const due = annualReportDue(year);
      findings.push({
        subject: String(year),
        section: null,
        due,
        actual: null,
        lateWorkdays: await workdaysBetween(db, due, asOf),
        details: { year, asOf },
        messageId: 'missing',
      });
    }
    return findings;
  },
});
