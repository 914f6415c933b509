// 网站与新媒体发布记录 (publications): one row per item published on a channel, keyed by 记录编号, else
// 链接, else 标题 + 发布时间.
import { booleanField, dateTimeField, textField } from './field.ts';
import { requiredGroups, RowProblem, type LedgerSpec } from './ledger.ts';

const CHINA_OFFSET_MS = 8 * 3_600_000;

const fields = [
  textField('record_key', '记录编号', { aliases: ['稿件编号', '信息编号', '文章ID', '稿件ID', '记录ID', '记录号', 'id', 'key'] }),
  textField('channel', '渠道', { required: true, aliases: ['发布渠道', '平台', '发布平台', '媒体', '发布账号', '账号', '公众号'] }),
  { ...textField('column_name', '栏目', { aliases: ['所属栏目', '发布栏目', '栏目名称', 'column_name'] }), english: 'column' },
  textField('title', '标题', { required: true, aliases: ['文章标题', '稿件标题', '信息标题', '题目', '名称'] }),
  dateTimeField('published_at', '发布时间', { required: true, aliases: ['发布日期', '发稿时间', '上线时间', '推送时间', '发布日期时间', '公开时间'] }),
  textField('url', '链接', { aliases: ['网址', '文章链接', '原文链接', '链接地址'] }),
  textField('doc_no', '文号', { aliases: ['发文字号', '文件编号', '发文文号'] }),
  textField('drafter', '拟稿人', { aliases: ['撰稿人', '起草人', '编辑', '作者'] }),
  textField('reviewer', '审核人', { aliases: ['审稿人', '初审人'] }),
  textField('signer', '签发人', { aliases: ['终审人', '审签人'] }),
  booleanField('is_repost', '是否转载', { aliases: ['转载', '是否转发'], insertDefault: 'false' }),
  textField('source', '来源', { aliases: ['信息来源', '转载来源', '稿件来源', '文章来源'] }),
  textField('section', '科室', { aliases: ['供稿科室', '供稿部门', '发布科室', '责任科室'] }),
];

export const publicationsLedger: LedgerSpec = {
  kind: 'publications',
  table: 'publication',
  keyColumn: 'record_key',
  fields,
  derived: [{ column: 'published_on', sqlType: 'date' }],
  requiredColumns: requiredGroups(fields),
  figures: false,
  complete(values) {
    // published_at is staged as an instant when the cell had a time, else as the day alone.
    const at = values.published_at!;
    if (at.length === 10) {
      values.published_on = at;
      values.published_at = null;
    } else {
      values.published_on = new Date(Date.parse(at) + CHINA_OFFSET_MS).toISOString().slice(0, 10);
    }
    const key = values.record_key ?? values.url ?? (values.title ? `${values.title} ${at}` : null);
    if (!key) throw new RowProblem(['record_key', 'url', 'title'], '记录编号、链接与标题均为空，无法确定这条记录');
    values.record_key = key;
    return key;
  },
};
