import { ruleTester } from '../../helpers/rule-tester.ts';

// 条例第二十六条: proactive information still unpublished past wd(formed or changed, 20) at the as-of date
// is overdue, counted to the as-of date; information repealed on or before its deadline no longer has to
// be published.
ruleTester('doc/proactive-unpublished', {
  valid: [
    {
      // wd(2025-05-20, 20): Dragon Boat 05-31..06-02 off → 2025-06-18 (weekends only: 06-17, overdue today).
      name: 'as-of date on the deadline (Dragon Boat 2025 moves it to 2025-06-18)',
      documents: [{ attribute: '主动公开', formed_on: '2025-05-20' }],
      asOf: '2025-06-18',
    },
    {
      name: 'as-of date on the deadline after National Day 2025 (2025-10-23)',
      documents: [{ attribute: '主动公开', formed_on: '2025-09-19' }],
      asOf: '2025-10-23',
    },
    {
      name: 'a later change moves the deadline: changed 2025-05-20, formed in January',
      documents: [{ attribute: '主动公开', formed_on: '2025-01-06', changed_on: '2025-05-20' }],
      asOf: '2025-06-18',
    },
    {
      name: 'repealed on its deadline',
      documents: [{ attribute: '主动公开', formed_on: '2025-09-19', repealed_on: '2025-10-23' }],
    },
    {
      name: 'repealed before its deadline',
      documents: [{ attribute: '主动公开', formed_on: '2025-09-19', repealed_on: '2025-10-10' }],
    },
    {
      name: 'published, even late (doc/proactive-late judges that)',
      documents: [{ attribute: '主动公开', formed_on: '2025-09-19', published_on: '2025-12-01' }],
    },
    { name: 'an unpublished 依申请公开 document', documents: [{ attribute: '依申请公开', formed_on: '2025-01-06' }] },
    { name: 'an unpublished document with no attribute', documents: [{ attribute: null, formed_on: '2025-01-06' }] },
    {
      // wd(2026-12-15, 20) lies in 2027, which the calendar lacks: not an error, simply not late yet.
      name: 'a deadline beyond the loaded calendar is not yet late',
      documents: [{ attribute: '主动公开', formed_on: '2026-12-15' }],
      asOf: '2026-12-31',
    },
  ],
  invalid: [
    {
      // wd(2025-05-20, 20) = 2025-06-18; the publication on 07-15 had not happened at the as-of date.
      name: 'published after the as-of date: still unpublished at it',
      documents: [{ record_key: 'ASOF-D1', attribute: '主动公开', formed_on: '2025-05-20', published_on: '2025-07-15' }],
      asOf: '2025-06-20',
      errors: [{ subject: 'ASOF-D1', due: '2025-06-18', actual: null, lateWorkdays: 2 }],
    },
    {
      name: 'Dragon Boat 2025: one working day overdue on 2025-06-19',
      documents: [{ record_key: 'WJ-2025-061', title: '2025年防汛防台应急预案', attribute: '主动公开', formed_on: '2025-05-20' }],
      asOf: '2025-06-19',
      errors: [
        {
          subject: 'WJ-2025-061',
          due: '2025-06-18',
          actual: null,
          lateWorkdays: 1,
          messageId: 'overdue',
          details: {
            title: '2025年防汛防台应急预案',
            formedOn: '2025-05-20',
            changedOn: null,
            formedOrChanged: '2025-05-20',
            limitWorkdays: 20,
          },
        },
      ],
    },
    {
      // ord(2025-12-31) − ord(2025-10-23) = 49 workdays (10-24 … 12-31).
      name: 'overdue since National Day 2025, counted to the default as-of date',
      documents: [{ record_key: 'WJ-2025-118', attribute: '主动公开', formed_on: '2025-09-19' }],
      errors: [{ subject: 'WJ-2025-118', due: '2025-10-23', actual: null, lateWorkdays: 49, message: /2025-12-31/ }],
    },
    {
      name: 'the later changed_on sets the deadline',
      documents: [{ record_key: 'WJ-2025-062', attribute: '主动公开', formed_on: '2025-01-06', changed_on: '2025-05-20' }],
      asOf: '2025-06-19',
      errors: [
        { subject: 'WJ-2025-062', due: '2025-06-18', lateWorkdays: 1, details: { changedOn: '2025-05-20', formedOrChanged: '2025-05-20' } },
      ],
    },
    {
      name: 'repealed the day after its deadline: still overdue',
      documents: [{ record_key: 'WJ-2025-119', attribute: '主动公开', formed_on: '2025-09-19', repealed_on: '2025-10-24' }],
      errors: [{ subject: 'WJ-2025-119', due: '2025-10-23', actual: null, lateWorkdays: 49 }],
    },
    {
      // An as-of date on a Saturday counts as the Friday before: ord(2025-06-21) = ord(2025-06-20).
      name: 'as-of date on a weekend',
      documents: [{ record_key: 'WJ-2025-063', attribute: '主动公开', formed_on: '2025-05-20' }],
      asOf: '2025-06-21',
      errors: [{ subject: 'WJ-2025-063', due: '2025-06-18', lateWorkdays: 2 }],
    },
  ],
  throwing: [
    {
      name: 'an as-of date past the loaded calendar names the year',
      documents: [{ attribute: '主动公开', formed_on: '2025-09-19' }],
      asOf: '2027-01-04',
      throws: /2027/,
    },
    {
      name: 'a document formed before the loaded calendar names the year',
      documents: [{ attribute: '主动公开', formed_on: '2018-11-30' }],
      throws: /2018/,
    },
  ],
});
