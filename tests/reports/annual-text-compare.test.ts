// The side-by-side comparison of two report texts (reports/annual/text-compare.ts): hand-written texts with
// the passages that must be marked written down, and the similarity the rule's tests computed by hand.
import { describe, expect, it } from 'vitest';
import { compareReportTexts, type TextSegment } from '../../reports/annual/text-compare.ts';
import { NAMES, putuoStyleReport, wujiangRewrittenReport, wujiangStyleReport, wujiangStyleReportEdited } from '../rules/report/annual-report-texts.ts';

const own = (text: string): TextSegment => ({ text, shared: false });
const shared = (text: string): TextSegment => ({ text, shared: true });

describe('compareReportTexts', () => {
  it('marks the run of characters both texts have, grams of five', () => {
    // Left grams: 甲乙丙丁戊 乙丙丁戊己 丙丁戊己庚; right: 子丑乙丙丁 丑乙丙丁戊 乙丙丁戊己 丙丁戊己寅; one shared.
    const result = compareReportTexts('甲乙丙丁戊己庚', '子丑乙丙丁戊己寅', { names: [], gram: 5 });
    expect(result.left).toEqual([own('甲'), shared('乙丙丁戊己'), own('庚')]);
    expect(result.right).toEqual([own('子丑'), shared('乙丙丁戊己'), own('寅')]);
    expect(result.similarity).toBe(1 / 6);
  });

  it('compares without names, digits and punctuation, and marks the punctuation inside a shared run', () => {
    const names = ['苏州市吴江区应急管理局', '昆山市应急管理局'];
    const left = '苏州市吴江区应急管理局：2024年，安全生产工作扎实推进。';
    const right = '昆山市应急管理局：2023年，安全生产工作扎实推进！下一步';
    // Reduced: 年安全生产工作扎实推进 (7 grams, all in the right) and 年安全生产工作扎实推进下一步 (10 grams).
    const result = compareReportTexts(left, right, { names, gram: 5 });
    expect(result.similarity).toBe(7 / 10);
    expect(result.left).toEqual([own('苏州市吴江区应急管理局：2024'), shared('年，安全生产工作扎实推进'), own('。')]);
    expect(result.right).toEqual([own('昆山市应急管理局：2023'), shared('年，安全生产工作扎实推进'), own('！下一步')]);
  });

  it('marks nothing for a common run shorter than a gram', () => {
    const result = compareReportTexts('春夏秋冬东南西北', '春夏秋冬上下左右', { names: [], gram: 5 });
    expect(result.similarity).toBe(0);
    expect(result.left).toEqual([own('春夏秋冬东南西北')]);
    expect(result.right).toEqual([own('春夏秋冬上下左右')]);
  });

  it('marks two separate shared passages, and a name inside a shared run with it', () => {
    const names = ['吴江区应急管理局', '吴江区'];
    // 严格落实保密审查制度 and 全年未发生泄密事件 are in both; the name between 由 and 负责 is removed, so the
    // left's 由吴江区应急管理局负责 reads 由负责 like the right's.
    const left = '一、严格落实保密审查制度，由吴江区应急管理局负责。二、加强平台建设。三、全年未发生泄密事件。';
    const right = '严格落实保密审查制度由负责。另行组织培训。全年未发生泄密事件';
    const result = compareReportTexts(left, right, { names, gram: 5 });
    expect(result.left).toEqual([
      own('一、'),
      shared('严格落实保密审查制度，由吴江区应急管理局负责'),
      own('。二、加强平台建设。三、'),
      shared('全年未发生泄密事件'),
      own('。'),
    ]);
    expect(result.right).toEqual([shared('严格落实保密审查制度由负责'), own('。另行组织培训。'), shared('全年未发生泄密事件')]);
    // Left: 一严格落实保密审查制度由负责二加强平台建设三全年未发生泄密事件 (31 characters, 27 grams; 一 二 三
    // are words, not digits); right: 严格落实保密审查制度由负责另行组织培训全年未发生泄密事件 (28, 24).
    // Shared: the 9 grams of the first run and the 5 of the second.
    expect(result.similarity).toBe(14 / (27 + 24 - 14));
  });

  it('removes the longest name where one name begins another, as PostgreSQL does', () => {
    // Were 应急管理局 removed first, 办公室负责值班安排 would be left and shared with the right text.
    const result = compareReportTexts('应急管理局办公室负责值班安排', '办公室负责值班安排', { names: ['应急管理局', '应急管理局办公室'], gram: 5 });
    expect(result.left).toEqual([own('应急管理局办公室'), shared('负责值班安排')]);
    expect(result.right).toEqual([own('办公室'), shared('负责值班安排')]);
    expect(result.similarity).toBe(2 / 5);
  });

  it('keeps characters outside the basic plane whole', () => {
    const result = compareReportTexts('𠀀𠀁甲乙丙丁戊', '甲乙丙丁戊𠀂', { names: [], gram: 5 });
    expect(result.left).toEqual([own('𠀀𠀁'), shared('甲乙丙丁戊')]);
    expect(result.right).toEqual([shared('甲乙丙丁戊'), own('𠀂')]);
    expect(result.similarity).toBe(1 / 4);
  });

  it('uses the gram length it is given', () => {
    const result = compareReportTexts('甲乙丙丁', '丙丁戊', { names: [], gram: 2 });
    expect(result.left).toEqual([own('甲乙'), shared('丙丁')]);
    expect(result.right).toEqual([shared('丙丁'), own('戊')]);
    expect(result.similarity).toBe(1 / 4);
  });

  it('gives back every character of both texts, in order, and handles empty texts', () => {
    const left = '（一）主动公开。全年主动公开政府信息186条。\n（二）依申请公开。';
    const right = '（一）主动公开。全年主动公开政府信息203条。';
    const result = compareReportTexts(left, right, { names: [], gram: 5 });
    expect(result.left.map((s) => s.text).join('')).toBe(left);
    expect(result.right.map((s) => s.text).join('')).toBe(right);
    // The right's whole reduced text (一主动公开全年主动公开政府信息条) is in the left: marked from 一 to 条.
    expect(result.right).toEqual([own('（'), shared('一）主动公开。全年主动公开政府信息203条'), own('。')]);
    expect(compareReportTexts('', '', { names: [], gram: 5 })).toEqual({ similarity: 0, left: [], right: [] });
  });

  it("agrees with the similarities the rule's tests computed by hand", () => {
    const figures = { published: 186, policies: 3, interpretations: 3, penalties: 112, requests: 9, trainings: 4, alerts: 57, repealed: 1, fines: 86.5 };
    const other = { published: 203, policies: 2, interpretations: 2, penalties: 131, requests: 14, trainings: 2, alerts: 61, repealed: 0, fines: 120, coercions: 3 };
    const names = Object.values(NAMES);
    const similarity = (a: string, b: string) => compareReportTexts(a, b, { names, gram: 5 }).similarity;
    expect(similarity(wujiangRewrittenReport(NAMES.wujiang, 2021, other), wujiangStyleReport(NAMES.wujiang, 2020, figures))).toBe(82 / (450 + 376 - 82));
    expect(similarity(wujiangRewrittenReport(NAMES.wujiang, 2024, figures), putuoStyleReport(NAMES.putuo, 2024, other))).toBe(75 / (376 + 392 - 75));
    expect(
      similarity(wujiangStyleReportEdited(NAMES.wujiang, 2013, other, { platform: true }), wujiangStyleReport(NAMES.wujiang, 2014, figures)),
    ).toBe(432 / (450 + 447 - 432));
    expect(similarity(wujiangStyleReport(NAMES.wujiang, 2024, figures), wujiangStyleReport(NAMES.kunshan, 2024, other))).toBe(1);
  });
});
