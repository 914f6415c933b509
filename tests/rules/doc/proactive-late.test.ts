import { ruleTester } from '../../helpers/rule-tester.ts';

// 条例第二十六条 (吴江规定第十四条): proactive information is published within 20 working days of the day it
// was formed or changed; the later of the two dates counts.
ruleTester('doc/proactive-late', {
  valid: [
    {
      name: 'published late, but after the as-of date: not yet published at it (doc/proactive-unpublished)',
      documents: [{ attribute: '主动公开', formed_on: '2025-05-20', published_on: '2025-07-15' }],
      asOf: '2025-06-20',
    },
    {
      // wd(Fri 2025-09-19, 20): Sun 09-28 worked, 10-01..08 off, Sat 10-11 worked → 2025-10-23
      // (weekends only: 10-17, which would make this 4 days late).
      name: 'published on the 20th working day across National Day 2025',
      documents: [{ attribute: '主动公开', formed_on: '2025-09-19', published_on: '2025-10-23' }],
    },
    {
      // Formed in March, changed Fri 2024-09-13: wd(09-13, 20) counts Sat 09-14, skips Mid-Autumn 09-15..17
      // and National Day, counts Sun 09-29 and Sat 10-12 → 2024-10-17.
      name: 'a later change restarts the count: published on the 20th working day after the change',
      documents: [{ attribute: '主动公开', formed_on: '2024-03-01', changed_on: '2024-09-13', published_on: '2024-10-17' }],
    },
    {
      name: 'a changed_on earlier than formed_on does not move the base date back',
      documents: [{ attribute: '主动公开', formed_on: '2025-09-19', changed_on: '2025-08-01', published_on: '2025-10-23' }],
    },
    {
      name: 'a 依申请公开 document published late is not proactive information',
      documents: [{ attribute: '依申请公开', formed_on: '2025-09-19', published_on: '2025-12-01' }],
    },
    {
      name: 'not published yet (doc/proactive-unpublished judges that)',
      documents: [{ attribute: '主动公开', formed_on: '2025-09-19', published_on: null }],
    },
  ],
  invalid: [
    {
      name: 'published two working days late after National Day 2025',
      documents: [
        {
          record_key: 'WJ-2025-117',
          title: '吴江区应急管理局2025年第三季度行政处罚信息',
          attribute: '主动公开',
          formed_on: '2025-09-19',
          published_on: '2025-10-27',
        },
      ],
      errors: [
        {
          subject: 'WJ-2025-117',
          due: '2025-10-23',
          actual: '2025-10-27',
          lateWorkdays: 2,
          messageId: 'late',
          details: {
            title: '吴江区应急管理局2025年第三季度行政处罚信息',
            formedOn: '2025-09-19',
            changedOn: null,
            formedOrChanged: '2025-09-19',
            limitWorkdays: 20,
          },
        },
      ],
    },
    {
      name: 'late against the change date',
      documents: [
        { record_key: 'WJ-2024-090', attribute: '主动公开', formed_on: '2024-03-01', changed_on: '2024-09-13', published_on: '2024-10-21' },
      ],
      errors: [
        {
          subject: 'WJ-2024-090',
          due: '2024-10-17',
          actual: '2024-10-21',
          lateWorkdays: 2,
          details: { formedOn: '2024-03-01', changedOn: '2024-09-13', formedOrChanged: '2024-09-13' },
        },
      ],
    },
    {
      // wd(Fri 2024-01-26, 20): Sun 02-04 worked, 02-10..17 off, Sun 02-18 worked → 2024-02-28
      // (weekends only: 02-23).
      name: 'Spring Festival 2024: due 2024-02-28, published 02-29',
      documents: [{ record_key: 'WJ-2024-011', attribute: '主动公开', formed_on: '2024-01-26', published_on: '2024-02-29' }],
      errors: [{ subject: 'WJ-2024-011', due: '2024-02-28', actual: '2024-02-29', lateWorkdays: 1, messageId: 'late' }],
    },
  ],
  throwing: [
    {
      name: 'a publication date past the loaded calendar names the year',
      documents: [{ attribute: '主动公开', formed_on: '2026-12-01', published_on: '2027-01-06' }],
      asOf: '2026-12-31',
      throws: /2027/,
    },
  ],
});
