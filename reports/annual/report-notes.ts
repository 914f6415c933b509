// The plain-language notes that accompany the computed tables in every format: where the figures come
// from, what the ledger could not classify, and how the published report compares.
import type { AnnualReport } from './annual-report.ts';

export interface ReportNotes {
  source: string[];
  computedChecks: string[];
  publishedChecks: string[];
}

export function reportTitle(report: AnnualReport): string {
  return `${report.agency.name}${report.year}年政府信息公开工作年度报告（表格部分）`;
}

export function reportNotes(report: AnnualReport): ReportNotes {
  const source = [
    '第三、四部分据依申请公开登记台账计算：本年新收按收到日期，上年结转为此前收到、年初未答复的申请，办理结果按本年答复的申请，结转下年度为年末尚未答复的申请；复议、诉讼按本年答复申请的复议、诉讼结果。',
    '第二部分据政府信息台账的信息类别计算；行政事业性收费金额台账不含，表中留空，请据财务数据填写。',
  ];
  if (!report.computed.hasRequests) source.push('依申请公开登记台账为空：第三、四部分均为 0。');
  if (report.computed.unclassified > 0) {
    source.push(`本年答复的 ${report.computed.unclassified} 件申请未登记办理结果或不属表中任一类别，未计入“总计”，请补登。`);
  }

  const computedChecks =
    report.computed.brokenIdentities.length === 0
      ? ['台账计算数据：各项勾稽关系均成立。']
      : report.computed.brokenIdentities.map((b) => `台账计算数据不满足“${b.identity}”：${b.left} ≠ ${b.right}`);

  const publishedChecks: string[] = [];
  const published = report.published;
  if (!published) {
    publishedChecks.push('未导入该年度已发布的年度报告，无从与已发布数据核对。');
  } else {
    publishedChecks.push(published.publishedOn ? `已发布报告的发布日期：${published.publishedOn}。` : '已导入的报告未登记发布日期。');
    if (published.brokenIdentities.length === 0) publishedChecks.push('已发布数据：各项勾稽关系均成立。');
    for (const b of published.brokenIdentities) publishedChecks.push(`已发布数据不满足“${b.identity}”：${b.left} ≠ ${b.right}`);
    if (published.carryover === null) publishedChecks.push('未导入上一年度报告，未核对上年结转。');
    for (const c of published.carryover ?? []) {
      publishedChecks.push(`上年结转（${c.column}）${c.carriedIn} 与上年报告结转下年度 ${c.lastYearCarriedOut} 不符。`);
    }
    publishedChecks.push(
      report.differences.length === 0
        ? '已发布数据与台账计算数据一致。'
        : `已发布数据与台账计算数据有 ${report.differences.length} 项不一致（见下表）。`,
    );
  }
  return { source, computedChecks, publishedChecks };
}
