// The words the synthetic ledgers are made of: a fictional prefecture-level city (江州市) with its districts
// and counties, the bureaus of each, their sections (科室), and the titles, people and companies their
// ledgers name. All names are invented.
import type { Rng } from './random.ts';

export const CITY = { name: '江州市', short: '江州', domain: 'jiangzhou.gov.cn' };

export const DISTRICTS = [
  ['江北区', '江北', 'jb'],
  ['江南区', '江南', 'jn'],
  ['东湖区', '东湖', 'dh'],
  ['西山区', '西山', 'xs'],
  ['高新区', '高新', 'gx'],
  ['临江县', '临江', 'lj'],
  ['青石县', '青石', 'qs'],
  ['白沙县', '白沙', 'bs'],
  ['龙泉市', '龙泉', 'lq'],
  ['云溪县', '云溪', 'yx'],
] as const;

export interface Department {
  name: string;
  /** Doc-number prefix word: 北应急 → 〔2024〕12号 */
  abbr: string;
  code: string;
  sections: readonly string[];
  /** Share of documents that are enforcement decisions (行政处罚), permits (行政许可), coercive measures. */
  enforcement: number;
  permits: number;
  topics: readonly string[];
}

export const DEPARTMENTS: readonly Department[] = [
  { name: '应急管理局', abbr: '应急', code: 'yjj', sections: ['安全生产综合协调科', '危险化学品安全监督管理科', '工贸行业安全监督管理科', '应急救援指挥科', '防汛防台办公室', '执法大队', '政策法规科'], enforcement: 0.2, permits: 0.06, topics: ['安全生产', '危险化学品', '防汛防台', '应急预案', '有限空间作业', '粉尘涉爆', '燃气安全'] },
  { name: '市场监督管理局', abbr: '市监', code: 'scj', sections: ['登记注册科', '食品安全协调科', '特种设备安全监察科', '价格监督检查科', '知识产权科', '执法稽查大队', '政策法规科'], enforcement: 0.25, permits: 0.12, topics: ['食品安全', '特种设备', '价格监督', '广告监测', '知识产权保护', '计量检定'] },
  { name: '生态环境局', abbr: '环', code: 'sthj', sections: ['大气环境科', '水生态环境科', '土壤生态环境科', '环评审批科', '生态环境执法大队', '监测站', '政策法规科'], enforcement: 0.18, permits: 0.12, topics: ['大气污染防治', '水污染防治', '建设项目环评', '排污许可', '噪声污染防治', '固体废物'] },
  { name: '住房和城乡建设局', abbr: '建', code: 'zjj', sections: ['建筑市场管理科', '房地产市场监管科', '城建计划科', '质量安全监督站', '物业管理科', '执法大队'], enforcement: 0.1, permits: 0.15, topics: ['建筑施工安全', '商品房预售', '老旧小区改造', '物业服务', '保障性住房', '燃气管网'] },
  { name: '交通运输局', abbr: '交', code: 'jtj', sections: ['运输管理科', '公路建设科', '港航管理科', '安全监督科', '综合行政执法大队'], enforcement: 0.2, permits: 0.1, topics: ['道路运输', '公交线路', '农村公路', '港口安全', '网约车管理'] },
  { name: '教育局', abbr: '教', code: 'jyj', sections: ['基础教育科', '职业教育科', '学生资助管理中心', '教育督导室', '人事科'], enforcement: 0.01, permits: 0.03, topics: ['义务教育招生', '学生资助', '校园安全', '课后服务', '教师招聘'] },
  { name: '卫生健康委员会', abbr: '卫健', code: 'wjw', sections: ['医政医管科', '疾病预防控制科', '基层卫生科', '卫生监督所', '人口家庭科'], enforcement: 0.08, permits: 0.1, topics: ['医疗机构', '传染病防控', '家庭医生签约', '职业健康', '医疗服务价格'] },
  { name: '人力资源和社会保障局', abbr: '人社', code: 'rsj', sections: ['就业促进科', '社会保险科', '劳动关系科', '劳动保障监察大队', '人才开发科'], enforcement: 0.06, permits: 0.05, topics: ['就业补贴', '社会保险', '劳动保障监察', '人才引进', '技能培训'] },
  { name: '民政局', abbr: '民', code: 'mzj', sections: ['社会救助科', '养老服务科', '社会组织管理科', '区划地名科', '婚姻登记处'], enforcement: 0.02, permits: 0.06, topics: ['最低生活保障', '养老服务', '社会组织登记', '地名管理', '临时救助'] },
  { name: '自然资源和规划局', abbr: '资规', code: 'zrj', sections: ['国土空间规划科', '耕地保护科', '不动产登记中心', '地质灾害防治科', '执法监察大队'], enforcement: 0.12, permits: 0.15, topics: ['国土空间规划', '耕地保护', '土地征收', '地质灾害防治', '不动产登记'] },
];

export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '华', '慧', '建国', '海燕', '志强', '晓东', '文', '斌', '宇', '佳', '晨', '卫东'];

export function personName(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN);
}

const COMPANY_HEADS = ['瑞丰', '宏达', '鑫源', '汇通', '永盛', '嘉诚', '恒远', '金泰', '华茂', '德润', '联成', '协力', '天诚', '锦程', '顺昌', '正信', '博远', '新川', '广裕', '润达'];
const COMPANY_TRADES = ['化工', '物流', '机械制造', '五金', '纺织', '印染', '包装材料', '金属制品', '建材', '电子科技', '塑胶制品', '仓储', '汽车维修', '餐饮管理', '家具', '新材料'];

export function company(rng: Rng): string {
  return `${CITY.short}${rng.pick(COMPANY_HEADS)}${rng.pick(COMPANY_TRADES)}${rng.chance(0.85) ? '有限公司' : '股份有限公司'}`;
}

/** A title for a document of the category, in the words a bureau of this department uses. */
export function documentTitle(rng: Rng, dept: Department, category: string, year: number, month: number): string {
  const topic = rng.pick(dept.topics);
  switch (category) {
    case '行政处罚':
      return `行政处罚决定书（${company(rng)}）`;
    case '行政许可':
      return rng.chance(0.5) ? `关于准予${company(rng)}${topic}行政许可的决定` : `${topic}行政许可事项办理结果公示（${year}年第${month}批）`;
    case '行政强制':
      return `查封扣押决定书（${company(rng)}）`;
    case '行政规范性文件':
      return rng.pick([`${CITY.name}${topic}管理办法`, `关于进一步加强${topic}工作的实施意见`, `${topic}专项资金管理细则`]);
    case '规章':
      return `${CITY.name}${topic}管理规定`;
    case '行政事业性收费':
      return `${topic}行政事业性收费项目及标准公示`;
    default:
      return rng.pick([
        `关于开展${year}年${topic}专项检查的通知`,
        `关于印发《${year}年${topic}工作要点》的通知`,
        `${year}年${month}月${topic}工作情况通报`,
        `关于做好${topic}有关工作的通知`,
        `${topic}工作会议纪要`,
        `关于${topic}工作情况的报告`,
        `关于公布${year}年${topic}责任清单的通知`,
        `${year}年${topic}工作总结`,
        `关于调整${topic}工作领导小组成员的通知`,
      ]);
  }
}

export const NEWS_COLUMNS = ['工作动态', '通知公告', '政策文件', '统计信息', '政策解读'] as const;

export function newsTitle(rng: Rng, dept: Department, column: string, district: string, year: number, month: number): string {
  const topic = rng.pick(dept.topics);
  switch (column) {
    case '工作动态':
      return rng.pick([`${district}${dept.name}召开${topic}工作推进会`, `${district}开展${topic}宣传活动`, `局领导带队检查${topic}工作`, `${topic}培训班顺利举办`]);
    case '通知公告':
      return rng.pick([`关于${topic}有关事项的公告`, `${year}年${topic}评审结果公示`, `关于征集${topic}意见建议的公告`]);
    case '统计信息':
      return `${year}年${month}月${topic}统计数据`;
    case '政策解读':
      return `一图读懂：${topic}新规`;
    default:
      return `${topic}政策汇编（${year}年）`;
  }
}

/** Sources a repost may name: official ones, and the ones the rule flags. */
export const OFFICIAL_SOURCES = ['中国政府网', '应急管理部', '江州日报', '新华社', '人民日报', '江州市人民政府', '学习强国', '央视新闻', '江州发布'];
export const UNOFFICIAL_SOURCES = ['本地宝', '生活资讯号', '健康养生堂', '网友投稿', '同城圈子'];

/** Lawful reasons and bases for not disclosing (条例第十四、十五、十六条). */
export const LAWFUL_EXEMPTIONS: readonly (readonly [reason: string, basis: string])[] = [
  ['属于内部事务信息', '《中华人民共和国政府信息公开条例》第十六条第一款'],
  ['属于过程性信息', '《中华人民共和国政府信息公开条例》第十六条第二款'],
  ['行政执法案卷信息', '《中华人民共和国政府信息公开条例》第十六条第二款（行政执法案卷）'],
  ['涉及商业秘密', '《中华人民共和国政府信息公开条例》第十五条'],
  ['涉及个人隐私', '《中华人民共和国政府信息公开条例》第十五条'],
  ['属于国家秘密', '《中华人民共和国政府信息公开条例》第十四条'],
  ['向上级机关的请示报告', ''],
];
/** Reasons that name no lawful ground (doc/exempt-basis-unlawful). */
export const UNLAWFUL_REASONS = ['内容敏感，暂不公开', '领导未同意公开', '不宜公开', '涉及单位工作安排', '暂缓公开'];

export const REFUSAL_REASONS = ['申请公开的信息涉及第三方商业秘密', '属于行政机关内部事务信息', '属于过程性信息', '涉及个人隐私', '属于行政执法案卷信息'];

export const REQUEST_TOPICS = ['行政处罚决定书', '专项检查结果', '项目审批材料', '会议纪要', '财政资金使用情况', '信访处理意见', '应急预案', '许可证照', '监测数据', '统计报表'];
