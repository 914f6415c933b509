import { Type } from '@sinclair/typebox';
import { defineQueryRule } from '../types.ts';
import { computePart3, hasRequestLedger } from '../../reports/annual/ledger-tables.ts';
import { part3Differences } from '../../reports/annual/identities.ts';
import { annualReportDue, publishedReports } from './reports.ts';

export default defineQueryRule({
  meta: {
    id: 'report/annual-ledger-mismatch',
    ledger: 'annual-reports',
    title: { zh: '年度报告数据与登记台账不符', en: 'Published figures differ from the request ledger' },
    severity: 'error',
    articles: ['条例第五十条', '国办公开办函〔2021〕30号'],
    description: '年度报告第三部分（收到和处理政府信息公开申请情况）应与依申请公开登记台账一致。',
    schema: Type.Object({}),
    messages: {
      mismatch: '{{subject}} 年度报告有 {{count}} 项与台账不符，如“{{firstKey}}”：报告 {{published}}，台账 {{computed}}',
    },
  },
  async run({ db, agency, asOf }) {
    const findings = [];
    const reports = (await publishedReports(db, agency, asOf)).filter((r) => r.publishedOn);
    if (reports.length === 0 || !(await hasRequestLedger(db, agency))) return [];
    for (const report of reports) {
      // Part 三 only: parts 二 and 四 are not compared with the ledger by this rule.
      const ledger = await computePart3(db, agency, report.year);
      const differences = part3Differences(report.figures, ledger.figures);
      if (differences.length === 0) continue;
      findings.push({
        subject: String(report.year),
        section: null,
        due: null,
        actual: null,
        periodDate: annualReportDue(report.year),
        lateWorkdays: null,
        details: {
          year: report.year,
          count: differences.length,
          firstKey: differences[0]!.key,
          published: differences[0]!.published,
          computed: differences[0]!.computed,
          unclassified: ledger.unclassified,
          differences,
        },
        messageId: 'mismatch',
      });
    }
    return findings;
  },
});
