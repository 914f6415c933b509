import { ruleTester } from '../../helpers/rule-tester.ts';

// 国办发〔2016〕80号, 吴江规定第十条: a normative document (行政规范性文件) and its policy interpretation are
// published together. With the shipped profiles' limit of 0, due = the document's publication date; an
// interpretation after it is late, and a missing one is overdue once the as-of date is past it.
const normative = { kind: '公文' as const, attribute: '主动公开' as const, category: '行政规范性文件' };

ruleTester('doc/interpretation-missing', {
  valid: [
    {
      name: 'interpretation published on the same day',
      documents: [{ ...normative, published_on: '2025-03-10', interpretation_published_on: '2025-03-10' }],
    },
    {
      name: 'interpretation published before the document',
      documents: [{ ...normative, published_on: '2025-03-10', interpretation_published_on: '2025-03-07' }],
    },
    {
      name: 'published on the as-of date, interpretation not yet out',
      documents: [{ ...normative, published_on: '2025-12-19' }],
      asOf: '2025-12-19',
    },
    { name: 'a normative document not yet published', documents: [{ ...normative, published_on: null }] },
    {
      name: 'another category needs no interpretation',
      documents: [{ kind: '公文', attribute: '主动公开', category: '工作动态', published_on: '2025-03-10' }],
    },
    {
      name: 'a document with no category',
      documents: [{ kind: '公文', attribute: '主动公开', category: null, published_on: '2025-03-10' }],
    },
  ],
  invalid: [
    {
      // Published Mon 2024-09-30, interpreted Tue 10-08: one working day late (weekends only: six).
      name: 'interpretation one working day after the document, across National Day 2024',
      documents: [
        {
          ...normative,
          record_key: 'WJ-2024-201',
          title: '吴江区安全生产举报奖励办法',
          published_on: '2024-09-30',
          interpretation_published_on: '2024-10-08',
        },
      ],
      errors: [
        {
          subject: 'WJ-2024-201',
          due: '2024-09-30',
          actual: '2024-10-08',
          lateWorkdays: 1,
          messageId: 'late',
          details: { title: '吴江区安全生产举报奖励办法', publishedOn: '2024-09-30', limitWorkdays: 0 },
        },
      ],
    },
    {
      // Mon 2025-01-27 → Wed 02-05: Spring Festival 01-28..02-04 between, one working day (weekends only: 7).
      name: 'interpretation after Spring Festival 2025',
      documents: [
        { ...normative, record_key: 'WJ-2025-202', published_on: '2025-01-27', interpretation_published_on: '2025-02-05' },
      ],
      errors: [{ subject: 'WJ-2025-202', due: '2025-01-27', actual: '2025-02-05', lateWorkdays: 1, messageId: 'late' }],
    },
    {
      // ord(2025-12-31) − ord(2025-12-19) = 8 (12-22..26, 12-29..31).
      name: 'interpretation missing at the as-of date',
      documents: [{ ...normative, record_key: 'WJ-2025-203', title: '吴江区应急物资储备管理办法', published_on: '2025-12-19' }],
      errors: [
        {
          subject: 'WJ-2025-203',
          due: '2025-12-19',
          actual: null,
          lateWorkdays: 8,
          messageId: 'missing',
          message: /截至 2025-12-31/,
          details: { title: '吴江区应急物资储备管理办法', publishedOn: '2025-12-19', limitWorkdays: 0 },
        },
      ],
    },
    {
      name: 'missing, judged the day after publication',
      documents: [{ ...normative, record_key: 'WJ-2025-204', published_on: '2025-12-19' }],
      asOf: '2025-12-22',
      errors: [{ subject: 'WJ-2025-204', due: '2025-12-19', actual: null, lateWorkdays: 1, messageId: 'missing' }],
    },
  ],
});
