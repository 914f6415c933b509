// Wujiang's annual reports (政府信息公开工作年度报告) for 2023, 2024 and 2025: the published figures, one
// column each as FORMATS.md names them, and the full text in a .txt file beside the ledger.
//
// Planted: 2023 published late (2024-02-07) with a part-四 total that does not add up; 2024 copied from
// 2023 (雷同) and carrying in one request more than 2023 carried out (so it also disagrees with the
// ledger); 2025 drafted and sent up but never published by the as-of date.
import type { AgencyContext } from './documents.ts';
import { PART2_KEYS, PART4_GROUPS, PART4_RESULTS, part3FromLedger, part4Keys } from './figures.ts';
import type { AnnualReportRow, DocumentRow, RequestRow } from './model.ts';
import { DUPLICATE_THRESHOLD, textSimilarity } from './reference-check.ts';

const A = 'wujiang-yjj' as const;
const NAME = '苏州市吴江区应急管理局';

function part2(year: number, documents: readonly DocumentRow[]): Record<string, number> {
  const formedIn = (d: DocumentRow) => d.formed_on.startsWith(String(year));
  const count = (pred: (d: DocumentRow) => boolean) => documents.filter((d) => formedIn(d) && pred(d)).length;
  // The ledger starts in 2024; 2023's part 二 is as the bureau counted it.
  const normativeMade = year === 2023 ? 1 : count((d) => d.category === '行政规范性文件');
  const normativeInForce: Record<number, number> = { 2023: 3, 2024: 3 + normativeMade, 2025: 0 };
  normativeInForce[2025] = normativeInForce[2024]! + normativeMade - 1;
  const f: Record<string, number> = Object.fromEntries(PART2_KEYS.map((k) => [k, 0]));
  f['二.行政规范性文件.本年制发'] = normativeMade;
  f['二.行政规范性文件.本年废止'] = year === 2025 ? 1 : 0;
  f['二.行政规范性文件.现行有效'] = normativeInForce[year]!;
  f['二.行政许可.处理决定'] = { 2023: 112, 2024: 126, 2025: 119 }[year] ?? 0;
  f['二.行政处罚.处理决定'] = year === 2023 ? 38 : count((d) => d.category === '行政处罚' && d.attribute === '主动公开');
  f['二.行政强制.处理决定'] = { 2023: 2, 2024: 3, 2025: 1 }[year] ?? 0;
  return f;
}

/** Part 四 from the review and litigation results of the requests answered in the year. */
function part4(year: number, requests: readonly RequestRow[]): Record<string, number> {
  const f: Record<string, number> = Object.fromEntries(part4Keys().map((k) => [k, 0]));
  const column: Record<string, string> = { 维持: '结果维持', 纠正: '结果纠正', 其他: '其他结果', 未审结: '尚未审结' };
  for (const r of requests) {
    if (!r.answered_on?.startsWith(String(year))) continue;
    if (r.review_result) {
      f[`四.行政复议.${column[r.review_result]}`]! += 1;
      f['四.行政复议.总计']! += 1;
    }
    if (r.litigation_result) {
      const after = r.litigation_result.startsWith('复议后-');
      const group = after ? '行政诉讼复议后' : '行政诉讼未经复议';
      f[`四.${group}.${column[r.litigation_result.replace('复议后-', '')]}`]! += 1;
      f[`四.${group}.总计`]! += 1;
    }
  }
  for (const g of PART4_GROUPS) for (const k of PART4_RESULTS) if (f[`四.${g}.${k}`] === undefined) throw new Error(k);
  return f;
}

/** The 2023 report's wording, which the 2024 report copies (the planted 雷同). */
function copiedText(year: number, f: Record<string, number>): string {
  const n = (k: string) => f[k] ?? 0;
  return `${NAME}${year}年政府信息公开工作年度报告

本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》要求编制。本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。本报告电子版可在苏州市吴江区人民政府门户网站（www.wujiang.gov.cn）查阅或下载。如对本报告有疑问，请与区应急管理局办公室联系。

一、总体情况

${year}年，区应急管理局坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署，认真执行《条例》和省、市、区政务公开工作要点，围绕安全生产、防灾减灾救灾和应急救援等中心工作，不断加大信息公开力度，切实保障人民群众的知情权、参与权、表达权和监督权。

（一）主动公开。全年通过区政府门户网站主动公开政府信息，其中行政处罚信息${n('二.行政处罚.处理决定')}条，行政许可信息${n('二.行政许可.处理决定')}条。及时发布安全生产、防汛防台、应急预案等方面的通知公告和工作动态，依托“吴江应急管理”微信公众号同步推送安全提示和政策解读。

（二）依申请公开。全年共收到政府信息公开申请${n('三.本年新收.总计')}件，上年结转${n('三.上年结转.总计')}件，均在法定期限内予以答复。其中予以公开${n('三.予以公开.总计')}件，部分公开${n('三.部分公开.总计')}件，本机关不掌握相关政府信息${n('三.无法提供-本机关不掌握相关政府信息.总计')}件，结转下年度继续办理${n('三.结转下年度.总计')}件。

（三）政府信息管理。严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”原则，规范公开属性认定，动态更新政府信息公开指南和公开目录。

（四）平台建设。加强政府网站栏目内容保障，做好政务新媒体日常运维，确保发布内容准确、及时、规范。

（五）监督保障。将政务公开工作纳入局年度工作考核，定期开展自查，及时整改发现的问题。

二、主动公开政府信息情况

本年制发行政规范性文件${n('二.行政规范性文件.本年制发')}件，现行有效${n('二.行政规范性文件.现行有效')}件；作出行政许可决定${n('二.行政许可.处理决定')}件，行政处罚决定${n('二.行政处罚.处理决定')}件，行政强制决定${n('二.行政强制.处理决定')}件；未收取行政事业性收费。

三、收到和处理政府信息公开申请情况

详见报告附表。全年申请主要涉及行政处罚决定书、生产安全事故调查报告、企业安全评价报告等内容。

四、政府信息公开行政复议、行政诉讼情况

全年因政府信息公开引起的行政复议${n('四.行政复议.总计')}件，行政诉讼${n('四.行政诉讼未经复议.总计') + n('四.行政诉讼复议后.总计')}件。

五、存在的主要问题及改进情况

${year}年，我局政务公开工作取得了一定成效，但仍存在一些不足：一是主动公开内容的全面性有待提高，部分业务科室公开意识不强；二是政策解读形式较为单一，图解、视频等解读方式运用不多；三是依申请公开办理的规范化水平有待进一步提升。下一步，我局将进一步压实科室责任，丰富政策解读形式，加强业务培训，不断提升政务公开工作质效。

六、其他需要报告的事项

本年度未收取信息处理费。无其他需要报告的事项。
`;
}

/** The 2025 report, written afresh. */
function freshText(year: number, f: Record<string, number>): string {
  const n = (k: string) => f[k] ?? 0;
  return `${NAME}${year}年政府信息公开工作年度报告

一、总体情况

今年是“十四五”规划收官之年。我局把政务公开作为推进应急管理体系和能力现代化的重要抓手，聚焦安全生产治本攻坚三年行动、汛期防御和基层应急能力建设，推动决策、执行、管理、服务、结果“五公开”落地见效。

在主动公开方面，我局重点围绕企业安全生产主体责任落实、重大事故隐患判定标准宣贯以及城镇燃气、电动自行车等专项整治成效发布信息，对涉企检查计划实行年初公布、季度通报。汛期期间，每日发布雨情水情和防御提示，台风过境前后分时段推送避险指引，做到权威信息第一时间触达群众。

在依申请公开方面，我局修订完善申请登记、补正、征求意见、延期审批、答复和归档的全流程指引，答复文书统一采用新版模板。本年度新收申请${n('三.本年新收.总计')}件，办结${n('三.总计.总计')}件。申请集中在事故调查、执法检查和危险化学品企业信息三个方面，其中企业申请人数量较上年有所上升。

在平台和队伍建设方面，政府网站“通知公告”“行政执法”等栏目实现常态化更新，微信公众号落实拟稿、审核、签发三级把关。全年组织政务公开专题培训两次，覆盖各科室联络员和执法大队骨干。

二、主动公开政府信息情况

本年度新制发规范性文件${n('二.行政规范性文件.本年制发')}件、废止${n('二.行政规范性文件.本年废止')}件，现行有效${n('二.行政规范性文件.现行有效')}件。许可、处罚、强制决定分别为${n('二.行政许可.处理决定')}件、${n('二.行政处罚.处理决定')}件和${n('二.行政强制.处理决定')}件，处罚决定均于作出后七个工作日内在门户网站公示。

三、收到和处理政府信息公开申请情况

见附表。对涉及第三方权益的申请，均书面征求第三方意见后依法作出答复；对需延长答复期限的申请，均经分管领导审批并书面告知申请人。

四、政府信息公开行政复议、行政诉讼情况

本年度行政复议${n('四.行政复议.总计')}件，行政诉讼${n('四.行政诉讼未经复议.总计') + n('四.行政诉讼复议后.总计')}件。

五、存在的主要问题及改进情况

对照年度考核反馈，我局仍有三方面短板：个别信息发布前后渠道衔接不畅，出现新媒体先于门户网站发布的情况；少数依申请公开件归档不够及时；基层动态类栏目更新频率不稳定。对此，我们将建立发布排期表，由办公室统一调度门户网站与新媒体发布顺序；将归档时限纳入科室月度通报；明确各镇（街道）动态信息报送责任人，确保栏目持续更新。

六、其他需要报告的事项

依据《政府信息公开信息处理费管理办法》，本年度未收取任何信息处理费。本单位年度政务公开工作要点落实情况已在门户网站专栏同步公布。
`;
}

export function buildReports(ctx: AgencyContext, requests: readonly RequestRow[], documents: readonly DocumentRow[]): AnnualReportRow[] {
  const { plants } = ctx;
  const figures = (year: number) => ({ ...part2(year, documents), ...part3FromLedger(requests, year), ...part4(year, requests) });

  // 2023: published on 2024-02-07, after the Spring Festival makeup Sunday 2月4日; part 四 miscounted.
  const f2023 = figures(2023);
  f2023['四.行政复议.总计'] = f2023['四.行政复议.总计']! + 1;
  const r2023: AnnualReportRow = {
    year: 2023,
    published_on: '2024-02-07',
    submitted_on: '2024-02-08',
    url: 'http://www.wujiang.gov.cn/zgwj/yjglj/zwgk/20240207/02871.html',
    text_path: 'annual-report-2023.txt',
    text: copiedText(2023, f2023),
    figures: f2023,
  };
  plants.lateOnDate(A, 'annual-reports', 'report/annual-late', () => '2023', '2024-01-31', '2024-02-07', '2023年度报告2月7日才公布（条例第四十九条、吴江第三十条：1月31日前）；2月4日调休上班，迟6个工作日（只算周末为5个）', 'January 31 of the next year');
  plants.flag(A, 'annual-reports', 'report/annual-arithmetic', () => '2023', `行政复议“总计”${f2023['四.行政复议.总计']}件，四项结果之和${f2023['四.行政复议.总计']! - 1}件`);

  // 2024: the 2023 text with new figures (雷同), published on time on a makeup Sunday; one more
  // request carried in (and so carried out) than the ledger and the 2023 report say.
  const f2024 = figures(2024);
  for (const k of ['三.上年结转.自然人', '三.上年结转.总计', '三.结转下年度.自然人', '三.结转下年度.总计']) f2024[k] = f2024[k]! + 1;
  const r2024: AnnualReportRow = {
    year: 2024,
    published_on: '2025-01-26',
    submitted_on: '2025-01-27',
    url: 'http://www.wujiang.gov.cn/zgwj/yjglj/zwgk/20250126/03115.html',
    text_path: 'annual-report-2024.txt',
    text: copiedText(2024, f2024),
    figures: f2024,
  };
  plants.flag(A, 'annual-reports', 'report/annual-duplicate', () => '2024', '2024年度报告正文照搬2023年度报告，仅年份和数字不同');
  plants.flag(A, 'annual-reports', 'report/annual-carryover-mismatch', () => '2024', `“上年结转”（自然人）${f2024['三.上年结转.自然人']}件，2023年报“结转下年度”为${f2023['三.结转下年度.自然人']}件`);
  plants.flag(A, 'annual-reports', 'report/annual-ledger-mismatch', () => '2024', '“上年结转”“结转下年度”（自然人及总计）各比登记台账多1件');
  plants.clean(A, 'annual-reports', () => '2024', '2025年1月26日（星期日，春节调休上班日）公布，早于1月31日', ['report/annual-late', 'report/annual-missing', 'report/annual-arithmetic']);

  // 2025: drafted and sent up on 2026-01-23, never published by the as-of date.
  const f2025 = figures(2025);
  const r2025: AnnualReportRow = {
    year: 2025,
    published_on: null,
    submitted_on: '2026-01-23',
    url: null,
    text_path: 'annual-report-2025.txt',
    text: freshText(2025, f2025),
    figures: f2025,
  };
  plants.lateOnDate(A, 'annual-reports', 'report/annual-missing', () => '2025', '2026-01-31', null, '2025年度报告已于1月23日报送，但至3月31日未在门户网站公布', 'January 31 of the next year');
  plants.clean(A, 'annual-reports', () => '2023', '2023年度数字与登记台账一致（台账自2023年1月起）', ['report/annual-ledger-mismatch', 'report/annual-duplicate']);

  const names = [NAME, '吴江区应急管理局', '区应急管理局', '吴江区', '苏州市'];
  const similar = textSimilarity(r2024.text, r2023.text, names);
  const fresh = textSimilarity(r2025.text, r2024.text, names);
  if (similar < 0.9 || fresh > 0.5 || fresh >= DUPLICATE_THRESHOLD) throw new Error(`report texts: 2024~2023 ${similar}, 2025~2024 ${fresh}`);
  return [r2023, r2024, r2025];
}
