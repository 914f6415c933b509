import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';

export default defineRowRule({
  meta: {
    id: 'req/application-incomplete',
    ledger: 'requests',
    title: { zh: '申请要素不全未告知补正即办理', en: 'Incomplete application processed without a correction notice' },
    severity: 'warning',
    articles: ['条例第二十九条', '条例第三十条', '吴江规定第十七条'],
    description: '申请应当包括申请人的姓名或名称、身份证明、联系方式和所需信息的描述；要素不全的应当告知补正，而不是径行办理。',
    schema: Type.Object({}),
    messages: { incomplete: '申请 {{subject}} 缺少{{lacking}}，未告知补正即已办理' },
  },
  create: () => {
    const lacksDescription = sql`(x.had_description_column and nullif(btrim(coalesce(x.description, '')), '') is null)`;
    return {
      when: sql`(x.answered_on is not null or x.outcome is not null) and x.correction_requested_on is null
                and (x.id_provided = false or x.contact_provided = false or ${lacksDescription})`,
      late: 'none',
      details: sql`jsonb_build_object(
        'idProvided', x.id_provided, 'contactProvided', x.contact_provided, 'hasDescription', not ${lacksDescription},
        'lacking', concat_ws('、',
          case when x.id_provided = false then '身份证明' end,
          case when x.contact_provided = false then '联系方式' end,
          case when ${lacksDescription} then '所需信息的描述' end))`,
      messageId: 'incomplete',
    };
  },
});
