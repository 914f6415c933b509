import { ruleTester } from '../../helpers/rule-tester.ts';

// Processed (answered, or an outcome given) although the application lacked proof of identity, contact
// details or a description, with no correction notice (条例第二十九、三十条; 吴江规定第十七条). No deadline.
// A presence flag left empty (null) is unknown, not missing. These rows are inserted without an import
// batch, so the ledger counts as having had a 申请内容 column.
ruleTester('req/application-incomplete', {
  valid: [
    {
      // The export had no 申请内容 column at all: an empty description says nothing about the application.
      name: 'no description column in the file',
      batchColumns: ['request_no', 'applicant_type', 'channel', 'received_on', 'answered_on'],
      requests: [{ id_provided: true, contact_provided: true, description: null, answered_on: '2024-03-20' }],
    },
    {
      name: 'complete application, answered',
      requests: [{ id_provided: true, contact_provided: true, description: '2024年安全生产检查计划', answered_on: '2024-03-20' }],
    },
    {
      name: 'no proof of identity, but a correction notice was sent',
      requests: [
        {
          id_provided: false,
          contact_provided: true,
          correction_requested_on: '2024-03-05',
          answered_on: '2024-04-10',
          outcome: '其他处理-申请人逾期不补正',
        },
      ],
    },
    {
      name: 'presence flags not recorded (unknown is not missing)',
      requests: [{ id_provided: null, contact_provided: null, answered_on: '2024-03-20', outcome: '予以公开' }],
    },
    {
      name: 'incomplete but not processed yet',
      requests: [{ id_provided: true, contact_provided: false }],
      asOf: '2024-03-05',
    },
  ],
  invalid: [
    {
      name: 'the file had a description column and this row left it empty',
      batchColumns: ['request_no', 'applicant_type', 'channel', 'received_on', 'description', 'answered_on'],
      requests: [{ request_no: 'NO-DESC', id_provided: true, contact_provided: true, description: null, answered_on: '2024-03-20' }],
      errors: [{ subject: 'NO-DESC', messageId: 'incomplete', details: { hasDescription: false, lacking: '所需信息的描述' } }],
    },
    {
      name: 'no proof of identity, answered without a correction notice',
      requests: [
        { request_no: '吴应急依申〔2024〕2号', id_provided: false, contact_provided: true, answered_on: '2024-03-20', outcome: '予以公开' },
      ],
      errors: [
        {
          subject: '吴应急依申〔2024〕2号',
          due: null,
          actual: null,
          lateWorkdays: null,
          messageId: 'incomplete',
          message: /缺少身份证明，/,
          details: { idProvided: false, contactProvided: true, hasDescription: true, lacking: '身份证明' },
        },
      ],
    },
    {
      name: 'no contact details and a blank description, an outcome recorded before any answer date',
      requests: [{ id_provided: true, contact_provided: false, description: '  ', outcome: '无法提供-本机关不掌握相关政府信息' }],
      errors: [{ details: { contactProvided: false, hasDescription: false, lacking: '联系方式、所需信息的描述' } }],
    },
    {
      name: 'no description at all',
      requests: [{ description: null, answered_on: '2024-03-20' }],
      errors: [{ details: { hasDescription: false, lacking: '所需信息的描述' } }],
    },
    {
      name: 'a correction received without a recorded notice does not count as a notice',
      requests: [{ id_provided: false, correction_received_on: '2024-03-08', answered_on: '2024-03-20' }],
      errors: [{ details: { lacking: '身份证明' } }],
    },
  ],
});
