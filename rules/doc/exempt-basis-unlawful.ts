import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { defineRowRule } from '../types.ts';
import { LAWFUL_GROUND_PATTERN, NEGATED_GROUND_PATTERN } from './lawful-grounds.ts';

export default defineRowRule({
  meta: {
    id: 'doc/exempt-basis-unlawful',
    ledger: 'documents',
    title: { zh: '不予公开依据不合法', en: 'Non-disclosure reason with no lawful ground' },
    severity: 'error',
    articles: ['条例第十四条', '条例第十五条', '条例第十六条', '普陀规定第七条'],
    description:
      '不予公开的理由须对应法定情形：国家秘密、法律行政法规禁止、危及“三安全一稳定”、第三方合法权益、' +
      '三类内部事务信息、四类过程性信息、行政执法案卷或行政查询事项。',
    schema: Type.Object({}),
    messages: { unlawful: '《{{title}}》不予公开的理由“{{given}}”不属于条例规定的任何法定情形' },
  },
  create: () => {
    // The basis speaks for the document when given; otherwise the reason has to.
    const given = sql`coalesce(nullif(btrim(coalesce(x.exempt_basis, '')), ''), nullif(btrim(coalesce(x.exempt_reason, '')), ''))`;
    return {
      // A ground the text denies ("不涉密") is taken out before the text is searched for one.
      when: sql`x.attribute = '不予公开' and ${given} is not null
                and not (regexp_replace(${given}, ${NEGATED_GROUND_PATTERN}, '', 'g') ~ ${LAWFUL_GROUND_PATTERN})`,
      late: 'none',
      details: sql`jsonb_build_object('title', x.title, 'given', ${given}, 'reason', x.exempt_reason,
                                      'basis', x.exempt_basis)`,
      messageId: 'unlawful',
    };
  },
});
