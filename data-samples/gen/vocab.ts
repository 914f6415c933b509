// Words an emergency-management bureau's ledgers are made of. Company and person names are invented;
// applicants are recorded with masked names (张某某), as published samples do.
import type { Rng } from './random.ts';

export interface Place {
  /** 普陀区 / 吴江区 */
  district: string;
  /** 上海市 / 苏州市 */
  city: string;
  /** 上海 / 苏州 (company-name prefix) */
  cityShort: string;
  /** The bureau's short name as its own documents say it: 区应急管理局 */
  bureau: string;
  /** Full name. */
  fullName: string;
  streets: readonly string[];
  /** Main sections (科室) and who heads each. */
  leaders: readonly string[];
  reviewers: readonly string[];
}

export const PUTUO: Place = {
  district: '普陀区',
  city: '上海市',
  cityShort: '上海',
  bureau: '区应急管理局',
  fullName: '上海市普陀区应急管理局',
  streets: ['长寿路街道', '曹杨新村街道', '长风新村街道', '宜川路街道', '甘泉路街道', '石泉路街道', '真如镇街道', '万里街道', '长征镇', '桃浦镇'],
  leaders: ['王振华', '李国强', '沈慧'],
  reviewers: ['陈静', '周磊'],
};

export const WUJIANG: Place = {
  district: '吴江区',
  city: '苏州市',
  cityShort: '苏州',
  bureau: '区应急管理局',
  fullName: '苏州市吴江区应急管理局',
  streets: ['松陵街道', '江陵街道', '横扇街道', '八坼街道', '同里镇', '平望镇', '盛泽镇', '七都镇', '震泽镇', '桃源镇', '黎里镇', '汾湖高新区（黎里镇）'],
  leaders: ['徐建明', '陆卫东', '顾红'],
  reviewers: ['吴佳', '钱晨'],
};

const COMPANY_HEADS = ['瑞丰', '宏达', '鑫源', '汇通', '永盛', '嘉诚', '恒远', '金泰', '华茂', '德润', '联成', '协力', '天诚', '锦程', '顺昌', '正信', '博远', '新川', '广裕', '润达', '兴旺', '盛世', '百合', '东升'];
const COMPANY_TRADES = ['化工', '物流', '机械制造', '五金', '纺织', '印染', '包装材料', '金属制品', '建材', '电子科技', '塑胶制品', '仓储', '汽车维修', '餐饮管理', '家具', '新材料', '涂装', '燃气'];

const FACTORY_TRADES = new Set(['机械制造', '五金', '纺织', '印染', '包装材料', '金属制品', '塑胶制品', '家具', '涂装']);

export function company(rng: Rng, place: Place): string {
  const trade = rng.pick(COMPANY_TRADES);
  const kind = rng.weighted([['有限公司', 6], ['股份有限公司', 1], ['厂', FACTORY_TRADES.has(trade) ? 1 : 0]] as const);
  return `${place.cityShort}${rng.pick(COMPANY_HEADS)}${trade}${kind}`;
}

/** A word with the months it belongs to (null: any month). */
export type Seasonal = readonly [string, readonly number[] | null];

/** Picks among the entries in season for the month. */
export function pickSeasonal(rng: Rng, entries: readonly Seasonal[], month: number): string {
  const inSeason = entries.filter(([, months]) => months === null || months.includes(month));
  return rng.pick(inSeason.length > 0 ? inSeason : entries)[0];
}

export const SAFETY_THEMES: readonly Seasonal[] = [
  ['有限空间作业安全专项整治', null],
  ['工贸企业粉尘涉爆安全专项检查', null],
  ['冬春季安全生产大检查', [11, 12, 1, 2, 3]],
  ['节假日期间安全生产检查', [1, 2, 4, 9, 12]],
  ['城镇燃气安全隐患排查整治', null],
  ['安全生产治本攻坚三年行动', null],
  ['重大事故隐患专项排查整治', null],
  ['电动自行车安全隐患全链条整治', null],
  ['高温季节安全生产工作', [6, 7, 8]],
  ['金属冶炼企业安全生产检查', null],
  ['小微企业安全生产帮扶指导', null],
  ['企业主要负责人安全生产培训', null],
];

export const FLOOD_TOPICS: readonly Seasonal[] = [
  ['关于做好{year}年汛期防汛防台工作的通知', [4, 5]],
  ['关于开展{year}年汛前安全检查的通知', [3, 4]],
  ['关于做好强对流天气防范应对工作的紧急通知', [4, 5, 6, 7, 8, 9]],
  ['关于做好梅雨期防汛工作的通知', [6, 7]],
  ['关于加强地下空间防汛安全管理的通知', [5, 6, 7, 8, 9]],
  ['关于开展防汛物资储备检查的通知', null],
  ['关于做好高温天气防范应对工作的通知', [7, 8]],
  ['关于做好低温雨雪冰冻灾害防范应对工作的通知', [11, 12, 1, 2]],
];

export const TYPHOONS: Record<string, readonly string[]> = {
  '2024': ['格美', '贝碧嘉', '普拉桑', '康妮'],
  '2025': ['竹节草', '杨柳', '剑鱼', '桦加沙', '麦德姆'],
};

export const PREPLANS = [
  '防汛防台专项应急预案',
  '生产安全事故应急预案',
  '危险化学品事故应急预案',
  '地震应急预案',
  '突发地质灾害应急预案',
  '自然灾害救助应急预案',
  '森林火灾应急预案',
];

export const DISASTER_TOPICS: readonly Seasonal[] = [
  ['关于开展{year}年全国防灾减灾日宣传活动的通知', [4, 5]],
  ['关于开展{year}年防震减灾科普宣传活动的通知', [7]],
  ['关于做好{year}年度全国综合减灾示范社区创建工作的通知', null],
  ['关于做好冬春生活困难受灾群众救助工作的通知', [11, 12, 1]],
  ['关于开展应急避难场所排查评估的通知', null],
  ['关于做好秋冬季森林防火工作的通知', [9, 10, 11]],
  ['关于开展地震应急演练的通知', null],
  ['关于加强冬春火灾防控工作的通知', [11, 12, 1, 2]],
];

export const POLICY_SCHEMES = [
  '安全生产责任制考核办法',
  '安全生产风险分级管控和隐患排查治理双重预防机制建设实施方案',
  '应急物资储备管理办法',
  '生产安全事故调查处理工作规程',
  '基层应急管理能力提升工作方案',
  '安全生产委员会成员单位工作职责',
  '应急管理综合行政执法工作规程',
];

/** A news item's activity, the section that runs it, and its season. */
export const NEWS_ACTIVITIES: readonly (readonly [string, SectionRole, readonly number[] | null])[] = [
  ['开展有限空间作业安全检查', 'safety', null],
  ['开展防汛防台应急演练', 'flood', [4, 5, 6, 7, 8, 9]],
  ['组织开展消防安全疏散演练', 'disaster', null],
  ['开展“安全生产月”宣传咨询日活动', 'safety', [6]],
  ['开展危险化学品企业专项检查', 'chemicals', null],
  ['开展燃气安全进社区宣传活动', 'safety', null],
  ['举办企业主要负责人安全生产培训班', 'safety', null],
  ['开展节前安全生产检查', 'safety', [1, 2, 4, 9, 12]],
  ['开展防灾减灾科普进校园活动', 'disaster', [5, 10, 11]],
  ['开展应急救护技能培训', 'emergency', null],
  ['开展地震应急疏散演练', 'disaster', null],
  ['开展电动自行车充电安全检查', 'safety', null],
  ['开展汛前隐患排查', 'flood', [3, 4, 5]],
  ['开展危险化学品运输车辆安全检查', 'chemicals', null],
];

export type SectionRole = 'office' | 'safety' | 'flood' | 'disaster' | 'chemicals' | 'emergency';

export function pickActivity(rng: Rng, month: number): { activity: string; role: SectionRole } {
  const inSeason = NEWS_ACTIVITIES.filter(([, , months]) => months === null || months.includes(month));
  const [activity, role] = rng.pick(inSeason);
  return { activity, role };
}

export const MEETINGS: readonly Seasonal[] = [
  ['召开{year}年安全生产工作会议', [1, 2, 3]],
  ['召开安全生产委员会全体（扩大）会议', null],
  ['召开防汛防台工作部署会', [4, 5]],
  ['召开节前安全防范工作部署会', [1, 2, 9, 12]],
  ['召开应急管理系统党风廉政建设工作会议', [2, 3]],
  ['召开危险化学品安全生产工作推进会', null],
  ['召开安全生产形势分析会', null],
];

export const REQUEST_ITEMS = [
  '关于申请{year}年应急物资储备经费的请示',
  '关于申请增加执法车辆的请示',
  '关于{district}应急指挥中心改造项目立项的请示',
  '关于安全生产专项资金使用方案的请示',
  '关于调整防汛抢险队伍编制的请示',
  '关于开展第三方安全生产技术服务采购的请示',
];

export const INTERNAL_ITEMS = [
  '关于调整局机关内部工作分工的通知',
  '关于局机关值班安排的通知',
  '关于局机关办公用房调整的通知',
  '关于印发局机关公务用车管理规定的通知',
  '关于局机关年度考核工作安排的通知',
];

export const ON_REQUEST_ITEMS = [
  '关于{street}安全生产工作情况的函',
  '关于{company}安全生产许可有关情况的函',
  '{year}年第{quarter}季度安全生产执法检查情况汇总',
  '{year}年第{quarter}季度危险化学品企业隐患排查情况汇总',
  '关于{street}防汛排涝设施检查情况的函',
];

export const REPOST_OFFICIAL = [
  '中华人民共和国应急管理部',
  '新华社',
  '人民日报',
  '中国政府网',
  '央视新闻',
];

export const SAFETY_TIPS: readonly Seasonal[] = [
  ['高温天气安全防范提示', [6, 7, 8]],
  ['台风来袭，这份防御指南请收好', [7, 8, 9, 10]],
  ['雷雨大风天气安全提醒', [4, 5, 6, 7, 8, 9]],
  ['冬季用火用电安全提示', [11, 12, 1, 2]],
  ['电动自行车充电安全须知', null],
  ['燃气使用安全常识', null],
  ['地震来了怎么办？应急避险知识请收好', null],
  ['家庭应急物资储备清单', null],
  ['有限空间作业“七不准”', null],
  ['森林防火安全提示', [3, 4, 10, 11]],
  ['烟花爆竹安全燃放提示', [12, 1, 2]],
];

export const SURNAMES = ['张', '王', '李', '赵', '陈', '刘', '杨', '黄', '周', '吴', '徐', '孙', '朱', '马', '胡', '郭', '林', '何', '高', '罗', '沈', '顾', '陆', '钱'];

export function maskedPerson(rng: Rng): string {
  return `${rng.pick(SURNAMES)}${rng.chance(0.5) ? '某' : '某某'}`;
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    if (!(k in values)) throw new Error(`template ${template} needs ${k}`);
    return String(values[k]);
  });
}
