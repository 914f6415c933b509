// 普陀区应急管理局政务公开工作制度: sections report new information within 15 working days, the office
// releases proactive information within 5 (第九条); information is reviewed and approved by the leader
// before release (第五、八条); every draft carries its attribute and, if withheld, the reason (第十条).
import type { ProfileDefinition } from './types.ts';

export const shanghaiPutuo: ProfileDefinition = {
  id: 'shanghai-putuo',
  version: 1,
  name: { zh: '上海普陀区应急管理局政务公开工作制度', en: 'Putuo (Shanghai) emergency bureau rules' },
  effectiveFrom: '2019-05-15',
  extends: 'national-2019',
  sources: ['普陀区应急管理局政务公开工作制度'],
  deadlines: {
    sectionSubmissionWorkdays: { value: 15, article: '普陀规定第九条' },
    officeReleaseWorkdays: { value: 5, article: '普陀规定第九条' },
  },
  rules: {
    'doc/submission-late': { article: '普陀规定第九条' },
    'doc/release-late': { article: '普陀规定第九条' },
    'doc/published-without-approval': { article: '普陀规定第五条、第八条' },
  },
};
