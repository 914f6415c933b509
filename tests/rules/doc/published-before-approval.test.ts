import { ruleTester } from '../../helpers/rule-tester.ts';

// 条例第十七条, 普陀规定第三条第（二）项: information published before it was formed, or before the leader
// approved it, was published early (提前公开). due = the later of formed_on and approved_on, actual = the
// publication date; no working-day count.
ruleTester('doc/published-before-approval', {
  valid: [
    {
      name: 'published on the day it was formed and approved',
      documents: [{ formed_on: '2025-03-05', approved_on: '2025-03-05', published_on: '2025-03-05' }],
    },
    {
      name: 'published after formation and approval',
      documents: [{ formed_on: '2025-03-03', approved_on: '2025-03-05', published_on: '2025-03-07' }],
    },
    {
      name: 'no approval date: only the formation date is compared',
      documents: [{ formed_on: '2025-03-03', approved_on: null, published_on: '2025-03-04' }],
    },
    {
      name: 'published before a later change (the formation date counts, not the change)',
      documents: [{ formed_on: '2024-01-10', changed_on: '2024-06-03', approved_on: '2024-01-12', published_on: '2024-03-01' }],
    },
    { name: 'not published', documents: [{ formed_on: '2025-03-05', approved_on: '2025-03-10', published_on: null }] },
  ],
  invalid: [
    {
      name: 'published two days before it was formed',
      documents: [{ record_key: 'PT-2025-111', title: '2025年度安全生产执法计划', formed_on: '2025-03-05', published_on: '2025-03-03' }],
      errors: [
        {
          subject: 'PT-2025-111',
          due: '2025-03-05',
          actual: '2025-03-03',
          lateWorkdays: null,
          messageId: 'early',
          details: { title: '2025年度安全生产执法计划', formedOn: '2025-03-05', approvedOn: null },
        },
      ],
    },
    {
      name: 'published after formation but before approval',
      documents: [{ record_key: 'PT-2025-112', formed_on: '2025-03-03', approved_on: '2025-03-10', published_on: '2025-03-07' }],
      errors: [
        {
          subject: 'PT-2025-112',
          due: '2025-03-10',
          actual: '2025-03-07',
          lateWorkdays: null,
          details: { formedOn: '2025-03-03', approvedOn: '2025-03-10' },
        },
      ],
    },
    {
      name: 'published before both: due is the later of the two',
      documents: [{ record_key: 'PT-2025-113', formed_on: '2025-03-10', approved_on: '2025-03-12', published_on: '2025-03-05' }],
      errors: [{ subject: 'PT-2025-113', due: '2025-03-12', actual: '2025-03-05', lateWorkdays: null }],
    },
    {
      name: 'published before formation with an earlier approval date: due is the formation date',
      documents: [{ record_key: 'PT-2025-114', formed_on: '2025-03-10', approved_on: '2025-03-04', published_on: '2025-03-05' }],
      errors: [{ subject: 'PT-2025-114', due: '2025-03-10', actual: '2025-03-05' }],
    },
  ],
});
