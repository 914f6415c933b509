// 政府信息台账 (documents): one row per piece of government information, keyed by 记录编号, else 文号.
import { ATTRIBUTES, DOCUMENT_KINDS, parseCategory } from '../values/vocabularies.ts';
import { dateField, textField, vocabularyField } from './field.ts';
import { requiredGroups, RowProblem, type LedgerSpec } from './ledger.ts';

const fields = [
  textField('record_key', '记录编号', { aliases: ['记录号', '记录ID', '系统编号', '流水号', '信息编号', '信息ID', 'id', 'key'] }),
  textField('section', '科室', {
    required: true,
    aliases: ['承办科室', '责任科室', '主办科室', '业务科室', '起草科室', '拟稿科室', '处室', '责任处室', '承办处室', '部门', '主办部门', '责任部门', '承办部门', '科室名称'],
  }),
  textField('doc_no', '文号', { aliases: ['发文字号', '文件编号', '发文文号', '文件文号', '字号', '发文号'] }),
  textField('title', '标题', { required: true, aliases: ['文件标题', '文件名称', '信息名称', '信息标题', '公文标题', '名称', '题名'] }),
  vocabularyField('kind', '类型', DOCUMENT_KINDS, { aliases: ['文件性质', '信息类型'], insertDefault: `'公文'` }),
  { ...textField('category', '信息类别', { aliases: ['类别', '信息分类', '文件类别', '公开类别'] }), parse: parseCategory },
  dateField('formed_on', '形成日期', { required: true, aliases: ['成文日期', '发文日期', '印发日期', '制发日期', '生成日期', '形成时间', '成文时间', '发文时间'] }),
  dateField('changed_on', '变更日期', { aliases: ['变更时间', '修改日期', '修订日期', '变更'] }),
  vocabularyField('attribute', '公开属性', ATTRIBUTES, { aliases: ['公开方式', '公开类型', '公开形式', '属性'] }),
  textField('exempt_reason', '不公开理由', { aliases: ['不予公开理由', '免于公开理由', '免予公开理由', '不公开原因', '不予公开原因', '免于公开原因'] }),
  textField('exempt_basis', '不公开依据', { aliases: ['不予公开依据', '免于公开依据', '免予公开依据', '不公开法律依据'] }),
  dateField('submitted_on', '报送日期', { aliases: ['报送时间', '提交日期', '送交日期', '移交日期', '报送办公室日期'] }),
  dateField('reviewed_on', '保密审查日期', { aliases: ['审查日期', '保密审查时间', '审查时间'] }),
  textField('reviewer', '审查人', { aliases: ['保密审查人'] }),
  dateField('approved_on', '审定日期', { aliases: ['审定时间', '审批日期', '审批时间', '领导审批日期', '审签日期'] }),
  textField('approved_by', '审定领导', { aliases: ['审定人', '审批人', '审批领导'] }),
  dateField('published_on', '发布日期', { aliases: ['公开日期', '发布时间', '公开时间', '上网日期'] }),
  textField('channel', '发布渠道', { aliases: ['公开渠道', '公开途径', '发布平台', '渠道'] }),
  textField('url', '链接', { aliases: ['网址', '网页链接', '公开链接', '发布链接', '链接地址'] }),
  textField('index_no', '索引号', { aliases: ['信息索引号'] }),
  dateField('interpretation_published_on', '解读发布日期', { aliases: ['政策解读发布日期', '解读日期', '解读发布时间', '政策解读日期'] }),
  dateField('repealed_on', '废止日期', { aliases: ['废止时间', '失效日期'] }),
];

export const documentsLedger: LedgerSpec = {
  kind: 'documents',
  table: 'document',
  keyColumn: 'record_key',
  fields,
  derived: [],
  requiredColumns: requiredGroups(fields, [['record_key', 'doc_no']]),
  figures: false,
  complete(values) {
    const key = values.record_key ?? values.doc_no;
    if (!key) throw new RowProblem(['record_key', 'doc_no'], '记录编号与文号均为空，无法确定这条记录');
    values.record_key = key;
    return key;
  },
};
