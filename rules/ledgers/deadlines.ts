// The deadline parameters of a profile: DESIGN.md's "Deadlines" table as data, each with the article it
// comes from. The ledger relations compute every due date from these, in one place.
export interface DeadlineParams {
  /** Proactive information is published within N working days of being formed or changed. */
  proactiveWorkdays: number;
  /** A section sends new information to the disclosure office within N working days. */
  sectionSubmissionWorkdays: number;
  /** The office publishes proactive information within N working days of receiving it. */
  officeReleaseWorkdays: number;
  /** A normative document's interpretation is published within N working days of it (0: the same day). */
  interpretationWorkdays: number;
  /** A request is answered within N working days of receipt. */
  answerWorkdays: number;
  /** An approved extension is at most N working days. */
  extensionMaxWorkdays: number;
  /** A correction notice goes out within N working days of receipt. */
  correctionNoticeWorkdays: number;
  /** An answered request is archived within N working days. */
  archiveWorkdays: number;
}

export type DeadlineName = keyof DeadlineParams;

export const DEADLINE_META: Record<DeadlineName, { zh: string; article: string; default: number }> = {
  proactiveWorkdays: { zh: '主动公开期限（工作日，自形成或变更之日起）', article: '条例第二十六条', default: 20 },
  sectionSubmissionWorkdays: { zh: '科室报送期限（工作日，自信息产生之日起）', article: '普陀规定第九条', default: 15 },
  officeReleaseWorkdays: { zh: '政务信息组发布期限（工作日，自收到之日起）', article: '普陀规定第九条', default: 5 },
  interpretationWorkdays: {
    zh: '政策解读发布期限（工作日，0 为与文件同步发布）',
    article: '国办发〔2016〕80号（解读与文件同步）',
    default: 0,
  },
  answerWorkdays: { zh: '依申请公开答复期限（工作日）', article: '条例第三十三条第二款', default: 20 },
  extensionMaxWorkdays: { zh: '延期答复最长期限（工作日）', article: '条例第三十三条第二款', default: 20 },
  correctionNoticeWorkdays: { zh: '补正告知期限（工作日，自收到申请之日起）', article: '条例第三十条', default: 7 },
  archiveWorkdays: { zh: '办结后归档期限（工作日）', article: '吴江规定第二十三条（期限为本工具默认）', default: 20 },
};

export const DEFAULT_DEADLINES: DeadlineParams = Object.fromEntries(
  Object.entries(DEADLINE_META).map(([name, meta]) => [name, meta.default]),
) as unknown as DeadlineParams;
