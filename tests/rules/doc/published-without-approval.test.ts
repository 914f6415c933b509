import { ruleTester } from '../../helpers/rule-tester.ts';

// 普陀规定第三条第（二）项 ("未经局领导批准不得擅自对外发布"), 第五条, 第八条: information is approved by the
// leader on or before the day it is published. Runs under shanghai-putuo. due = the publication date,
// actual = the approval date.
ruleTester('doc/published-without-approval', {
  valid: [
    {
      name: 'approved on the day of publication',
      documents: [{ attribute: '主动公开', approved_on: '2025-06-03', approved_by: '王局长', published_on: '2025-06-03' }],
    },
    {
      name: 'approved before publication',
      documents: [{ attribute: '主动公开', approved_on: '2025-05-30', approved_by: '王局长', published_on: '2025-06-03' }],
    },
    { name: 'not published and not approved', documents: [{ attribute: '主动公开', published_on: null }] },
    {
      name: 'approved but not published',
      documents: [{ attribute: '主动公开', approved_on: '2025-06-03', approved_by: '王局长', published_on: null }],
    },
  ],
  invalid: [
    {
      name: 'published with no approval',
      documents: [
        { record_key: 'PT-2025-101', title: '普陀区应急管理局2025年部门预算', attribute: '主动公开', published_on: '2025-02-14' },
      ],
      errors: [
        {
          subject: 'PT-2025-101',
          due: '2025-02-14',
          actual: null,
          lateWorkdays: null,
          messageId: 'missing',
          details: { title: '普陀区应急管理局2025年部门预算', approvedBy: null },
        },
      ],
    },
    {
      // Published Mon 2025-01-27, approved Wed 02-05: Spring Festival 01-28..02-04 lies between, one working
      // day (weekends only would count seven).
      name: 'approved after publication, across Spring Festival 2025',
      documents: [
        {
          record_key: 'PT-2025-102',
          title: '春节期间烟花爆竹安全提示',
          attribute: '主动公开',
          published_on: '2025-01-27',
          approved_on: '2025-02-05',
          approved_by: '王局长',
        },
      ],
      errors: [
        {
          subject: 'PT-2025-102',
          due: '2025-01-27',
          actual: '2025-02-05',
          lateWorkdays: 1,
          messageId: 'after',
          details: { title: '春节期间烟花爆竹安全提示', approvedBy: '王局长' },
        },
      ],
    },
    {
      name: 'approved a week after publication',
      documents: [{ record_key: 'PT-2025-103', published_on: '2025-03-07', approved_on: '2025-03-14', approved_by: '李副局长' }],
      errors: [{ subject: 'PT-2025-103', due: '2025-03-07', actual: '2025-03-14', lateWorkdays: 5, messageId: 'after' }],
    },
  ],
});
