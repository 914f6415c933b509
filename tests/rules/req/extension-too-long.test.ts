import { ruleTester } from '../../helpers/rule-tester.ts';

// An approved extension longer than 20 working days (条例第三十三条第二款). No deadline of its own: due,
// actual and lateWorkdays are null; the answer deadline counts only 20 (wd(2024-10-08, 40) = 2024-12-02).
ruleTester('req/extension-too-long', {
  valid: [
    {
      name: 'approved-and-notified extension of 15 days answered in time',
      requests: [
        {
          received_on: '2024-10-08',
          extension_approved_on: '2024-10-30',
          extension_notified_on: '2024-10-30',
          extension_workdays: 15,
          answered_on: '2024-11-25',
        },
      ],
    },
    {
      name: 'exactly 20 working days, the lawful maximum',
      requests: [
        { received_on: '2024-10-08', extension_approved_on: '2024-10-30', extension_notified_on: '2024-10-30', extension_workdays: 20 },
      ],
    },
    {
      name: 'approved with no length recorded (counted as 20)',
      requests: [{ received_on: '2024-10-08', extension_approved_on: '2024-10-30', extension_notified_on: '2024-10-30' }],
    },
    {
      name: 'a 25-day extension that was never approved is not an approved extension',
      requests: [{ received_on: '2024-10-08', extension_notified_on: '2024-10-30', extension_workdays: 25 }],
    },
    { name: 'no extension', requests: [{ received_on: '2024-10-08', answered_on: '2024-11-04' }] },
  ],
  invalid: [
    {
      name: 'extension of 25 working days',
      requests: [
        {
          request_no: '普应急公开〔2024〕12号',
          received_on: '2024-10-08',
          extension_approved_on: '2024-10-30',
          extension_approved_by: '办公室主任',
          extension_notified_on: '2024-10-30',
          extension_workdays: 25,
          answered_on: '2024-12-02',
        },
      ],
      errors: [
        {
          subject: '普应急公开〔2024〕12号',
          due: null,
          actual: null,
          lateWorkdays: null,
          messageId: 'tooLong',
          message: /25 个工作日.*20 个工作日/,
          details: { extensionWorkdays: 25, maxWorkdays: 20, countedExtensionWorkdays: 20, answerDue: '2024-12-02' },
        },
      ],
    },
    {
      name: 'one day too long: 21 working days',
      requests: [{ received_on: '2025-09-26', extension_approved_on: '2025-10-20', extension_notified_on: '2025-10-20', extension_workdays: 21 }],
      errors: [{ due: null, actual: null, lateWorkdays: null, details: { extensionWorkdays: 21, countedExtensionWorkdays: 20 } }],
    },
    {
      name: 'too long even when approved late (each rule flags its own breach)',
      requests: [{ received_on: '2024-10-08', extension_approved_on: '2024-11-06', extension_workdays: 30 }],
      errors: [{ details: { extensionWorkdays: 30, extensionApprovedOn: '2024-11-06' } }],
    },
  ],
});
