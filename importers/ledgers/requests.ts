// 依申请公开登记台账 (requests): one row per disclosure request, keyed by 申请编号.
import { APPLICANT_TYPES, REQUEST_CHANNELS } from '../values/vocabularies.ts';
import { parseOutcome } from '../values/outcomes.ts';
import { amountField, booleanField, dateField, presenceField, textField, vocabularyField, wholeNumberField } from './field.ts';
import { requiredGroups, type LedgerSpec } from './ledger.ts';

const fields = [
  textField('request_no', '申请编号', {
    required: true,
    aliases: ['登记编号', '受理编号', '申请号', '登记号', '受理号', '申请单号', '编号', '流水号'],
  }),
  vocabularyField('applicant_type', '申请人类型', APPLICANT_TYPES, {
    required: true,
    aliases: ['申请人类别', '申请主体类型', '申请人性质', '申请主体', '申请人身份'],
  }),
  textField('applicant', '申请人', { aliases: ['申请人姓名', '申请人名称', '姓名/名称', '申请人姓名或名称'] }),
  presenceField('id_provided', '身份证明', { aliases: ['是否提供身份证明', '身份证明材料', '身份证件', '身份证明文件'] }),
  presenceField('contact_provided', '联系方式', { aliases: ['是否提供联系方式', '联系电话'] }),
  textField('description', '申请内容', {
    aliases: ['申请事项', '申请公开内容', '申请信息内容', '所需信息内容描述', '所需政府信息内容描述', '所需政府信息的内容描述', '申请公开的信息'],
  }),
  textField('form_requested', '获取方式', { aliases: ['获取信息方式', '获取信息的方式', '信息提供方式', '提供方式'] }),
  vocabularyField('channel', '提交方式', REQUEST_CHANNELS, {
    required: true,
    aliases: ['申请方式', '申请渠道', '提交渠道', '收件方式', '申请途径', '来件方式'],
  }),
  dateField('submitted_on', '提交日期', { aliases: ['申请时间', '申请日期', '提交时间', '来件日期', '递交日期'] }),
  dateField('received_on', '收到日期', {
    required: true,
    aliases: ['收件日期', '受理日期', '签收日期', '确认日期', '收到时间', '受理时间', '登记日期', '收到申请日期'],
  }),
  booleanField('on_the_spot', '当场答复', { aliases: ['是否当场答复', '当场办结'], insertDefault: 'false' }),
  dateField('correction_requested_on', '补正告知日期', { aliases: ['补正通知日期', '告知补正日期', '补正告知时间'] }),
  dateField('correction_received_on', '补正收到日期', { aliases: ['收到补正日期', '补正日期', '补正材料收到日期'] }),
  dateField('third_party_sent_on', '征求意见日期', { aliases: ['征求第三方意见日期', '征求意见时间', '第三方征询日期'] }),
  dateField('third_party_replied_on', '意见回复日期', { aliases: ['第三方回复日期', '征求意见回复日期', '第三方意见回复日期'] }),
  dateField('extension_approved_on', '延期审批日期', { aliases: ['延期批准日期', '延期审批时间'] }),
  textField('extension_approved_by', '延期审批人', { aliases: ['延期批准人'] }),
  dateField('extension_notified_on', '延期告知日期', { aliases: ['延期通知日期', '延期告知时间'] }),
  // FORMATS.md caps an approved extension at 20 working days; a longer one is a finding
  // (req/extension-too-long), not a reason to drop the row. Past 60 it can only be a typo.
  wholeNumberField('extension_workdays', '延期工作日', 0, 60, /\s*(个)?(工作日|天|日)$/, {
    aliases: ['延期天数', '延长天数', '延期期限', '延长工作日', '延期工作日数'],
  }),
  dateField('answered_on', '答复日期', { aliases: ['答复时间', '办结日期', '办结时间', '回复日期'] }),
  {
    ...textField('outcome', '办理结果', { aliases: ['答复结果', '处理结果', '答复类型', '办理结果类别', '答复情况'] }),
    parse: parseOutcome,
  },
  textField('refusal_reason', '不予公开理由', { aliases: ['不公开理由', '拒绝理由', '不予公开原因', '不予公开的理由'] }),
  amountField('fee', '收费金额', { aliases: ['收费', '信息处理费', '费用', '收费额'] }),
  dateField('archived_on', '归档日期', { aliases: ['归档时间'] }),
  textField('review_result', '行政复议结果', { aliases: ['复议结果'] }),
  textField('litigation_result', '行政诉讼结果', { aliases: ['诉讼结果'] }),
  textField('section', '科室', { aliases: ['承办科室', '办理科室', '责任科室', '承办部门', '处室'] }),
];

export const requestsLedger: LedgerSpec = {
  kind: 'requests',
  table: 'request',
  keyColumn: 'request_no',
  fields,
  derived: [],
  requiredColumns: requiredGroups(fields),
  figures: false,
  complete: (values) => values.request_no!,
};
