// Annual report texts for the report/annual-duplicate tests, written in the official format
// (国办公开办函〔2021〕30号: 一、总体情况 … 六、其他需要报告的事项). Every real report shares that skeleton and
// the opening sentence, so a genuinely different report still has some text in common with another.

export interface Figures {
  [name: string]: number;
}

/** A Wujiang-style report; the template a copied report keeps, changing only name, year and figures. */
export function wujiangStyleReport(name: string, year: number, n: Figures): string {
  return `${name}${year}年政府信息公开工作年度报告
本报告依据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室有关要求编制。报告中所列数据统计期限自${year}年1月1日起至${year}年12月31日止。
一、总体情况
${year}年，${name}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署，围绕安全生产、防灾减灾救灾和应急救援中心工作，持续深化政务公开标准化规范化建设。
（一）主动公开。全年通过政府门户网站主动公开政府信息${n.published}条，其中政策文件${n.policies}件，政策解读${n.interpretations}篇，安全生产行政处罚信息${n.penalties}条。
（二）依申请公开。全年共收到政府信息公开申请${n.requests}件，均在法定期限内答复，未发生因依申请公开引起的行政复议和行政诉讼。
（三）政府信息管理。严格落实保密审查制度，坚持“先审查、后公开”和“一事一审”原则，全年未发生泄密事件。
（四）平台建设。加强政府网站和政务新媒体管理，及时更新“安全生产”“防灾减灾”等重点栏目。
（五）监督保障。将政务公开工作纳入年度考核，组织开展业务培训${n.trainings}次。
五、存在的主要问题及改进情况
一是政策解读形式较为单一，二是依申请公开答复文书规范性有待提升。下一步，将丰富图解、视频等解读形式，加强答复文书合法性审查。
六、其他需要报告的事项
本机关${year}年度未收取信息处理费。`;
}

/** The same agency's next report, genuinely rewritten: same skeleton, new work, new problems. */
export function wujiangRewrittenReport(name: string, year: number, n: Figures): string {
  return `${name}${year}年政府信息公开工作年度报告
本报告依据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室有关要求编制。
一、总体情况
${year}年，我局聚焦“安全生产治本攻坚三年行动”，把政务公开融入应急管理执法、风险监测预警和灾害防治全过程。在门户网站新设“安全生产治本攻坚”专栏，集中发布重大事故隐患判定标准、执法检查计划和典型案例${n.published}条；依托“吴江应急”微信公众号推送汛期防御、森林防火等预警提示${n.alerts}条，所有推送均注明拟稿人、审核人和签发人。
全年办理政府信息公开申请${n.requests}件，其中涉及企业事故调查报告的申请较为集中，我局逐件书面征求第三方意见后作出答复。
二、主动公开政府信息情况
本年制发行政规范性文件${n.policies}件，废止${n.repealed}件；作出行政处罚决定${n.penalties}件，罚款金额${n.fines}万元。
五、存在的主要问题及改进情况
基层执法信息公开的时效性仍需提高，个别执法决定未在二十个工作日内公开。明年将建立执法信息公开月度核查机制，对逾期公开情形通报整改。
六、其他需要报告的事项
按照国办函（2020）109号有关规定，本年度未收取信息处理费。`;
}

/** A Putuo-style report: another bureau's own account of its year. */
export function putuoStyleReport(name: string, year: number, n: Figures): string {
  return `${name}${year}年政府信息公开工作年度报告
本报告依据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项组成。
一、总体情况
${year}年，本局以群众需求为导向，聚焦危险化学品、工贸企业和城市运行安全，推动执法检查结果、隐患排查整治和应急预案信息应公开尽公开。局政务信息组每季度召开工作例会，各科室联络员按照“谁产生、谁报送”的要求，在信息产生后十五个工作日内报送，政务信息组在五个工作日内上传“上海普陀”门户网站政务公开栏目。
依申请公开方面，本局修订了《信息公开指南》，在门户网站开通网上申请渠道，申请人可通过当面、信函、网络三种方式提出申请。全年受理申请${n.requests}件，均按期办结。
二、主动公开政府信息情况
本年制发行政规范性文件${n.policies}件，作出行政处罚决定${n.penalties}件，行政强制决定${n.coercions}件。
五、存在的主要问题及改进情况
部分科室报送不够及时，栏目更新频率不均衡。今后将加强对联络员的培训，完善报送台账，按月通报栏目更新情况。
六、其他需要报告的事项
无。`;
}

/**
 * A Wujiang-style report in which the agency kept the template but rewrote parts of it: the paragraph on
 * problems and improvements, the sentence on the platforms, or both.
 */
export function wujiangStyleReportEdited(
  name: string,
  year: number,
  n: Figures,
  edits: { problems?: boolean; platform?: boolean },
): string {
  let text = wujiangStyleReport(name, year, n);
  if (edits.problems) {
    text = text.replace(
      '一是政策解读形式较为单一，二是依申请公开答复文书规范性有待提升。下一步，将丰富图解、视频等解读形式，加强答复文书合法性审查。',
      '政务新媒体转载信息来源把关不严，个别栏目更新不及时。下一步，将严格执行转载审核制度，按周检查重点栏目更新情况。',
    );
  }
  if (edits.platform) text = text.replace('加强政府网站和政务新媒体管理', '完成政府网站集约化迁移');
  return text;
}

export const NAMES = {
  wujiang: '苏州市吴江区应急管理局',
  putuo: '上海市普陀区应急管理局',
  kunshan: '昆山市应急管理局',
  taicang: '太仓市应急管理局',
  changshu: '常熟市应急管理局',
} as const;
