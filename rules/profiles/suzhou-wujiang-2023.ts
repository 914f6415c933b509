// 苏州市吴江区应急管理局政务公开制度 (2023 revision, 2023-11-27): the portal is the first publication
// platform (第十四条); no fee for requested information (第二十三条); requests are archived (第二十三条);
// new-media posts name drafter, reviewer and signer, and reposts an official source (第二十八条).
import type { ProfileDefinition } from './types.ts';

export const suzhouWujiang2023: ProfileDefinition = {
  id: 'suzhou-wujiang-2023',
  version: 1,
  name: { zh: '苏州吴江区应急管理局政务公开制度（2023年修订）', en: 'Wujiang (Suzhou) emergency bureau rules, 2023' },
  effectiveFrom: '2023-11-27',
  extends: 'national-2019',
  sources: ['苏州市吴江区应急管理局政务公开制度（2023年修订）'],
  deadlines: {
    proactiveWorkdays: { value: 20, article: '吴江规定第十四条' },
    answerWorkdays: { value: 20, article: '吴江规定第二十二条' },
    extensionMaxWorkdays: { value: 20, article: '吴江规定第二十二条' },
    archiveWorkdays: { value: 20, article: '吴江规定第二十三条（期限为本工具默认）' },
  },
  rules: {
    'doc/portal-not-first': { article: '吴江规定第十四条' },
    'pub/signoff-missing': { article: '吴江规定第二十八条' },
    'pub/repost-source-missing': { article: '吴江规定第二十八条' },
    'pub/repost-source-unofficial': { article: '吴江规定第二十八条' },
    'req/fee-charged': { article: '吴江规定第二十三条' },
    'req/not-archived': { article: '吴江规定第二十三条' },
  },
};
