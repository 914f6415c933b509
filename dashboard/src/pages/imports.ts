// 导入: upload a ledger file (with an annual-report ledger, its reports' full-text files; a progress bar
// while they go up), then the batch's loaded / updated /
// rejected counts, its rejected rows to download, and the rules re-run on the agency; the batch history;
// and a button to re-run the rules on their own.
import { ApiError, apiUrl, getJson, sendJson } from '../api/client.ts';
import { uploadLedger } from '../api/upload.ts';
import type { CheckResult, ImportBatch, LedgerKind, Page, UploadReply } from '../api/types.ts';
import type { PageContext } from '../app/context.ts';
import { button, dateInput, el, field, notice, replaceChildren, section, select } from '../ui/dom.ts';
import { count, LEDGER_NAMES, timestamp } from '../ui/format.ts';
import { dataTable } from '../ui/table.ts';

function rejectsLink(batchId: number | null, rejected: number): HTMLElement | string {
  if (batchId === null || rejected === 0) return '—';
  return el('a', { attrs: { href: apiUrl(`/imports/${batchId}/rejects`), download: '' } }, `下载 ${rejected} 行`);
}

function summaryView(reply: UploadReply): HTMLElement {
  const s = reply.summary;
  return el(
    'div',
    { class: 'import-summary', attrs: { 'data-testid': 'import-summary' } },
    el(
      'div',
      { class: 'stat-cards' },
      ...[
        ['读取', s.rowsRead],
        ['新增', s.loaded],
        ['更新', s.updated],
        ['拒绝', s.rejected],
      ].map(([label, value]) => el('div', { class: `stat-card${label === '拒绝' && Number(value) > 0 ? ' status-open' : ''}`, dataset: { count: String(label) } }, el('span', { class: 'stat-value' }, count(Number(value))), el('span', { class: 'stat-label' }, String(label)))),
    ),
    el('p', null, `文件「${s.file}」（${s.format}${s.encoding ? `，${s.encoding}` : ''}）导入${LEDGER_NAMES[s.kind]}，批次 ${s.batchId ?? '—'}。`, ' 被拒绝的行：', rejectsLink(s.batchId, s.rejected)),
    s.rejects.length
      ? el('details', null, el('summary', null, `被拒绝的行及原因（前 ${s.rejects.length} 行）`), el('ul', null, ...s.rejects.map((r) => el('li', null, `第 ${r.row} 行：${r.reasons.map((x) => `「${x.column}」${x.message}`).join('；')}`))))
      : null,
    s.duplicates.length ? notice('warning', `文件中有 ${s.duplicates.length} 个重复的记录编号，以最后一行为准。`) : null,
    reply.check
      ? notice('success', `已重新检查（基准日 ${reply.check.asOf}）：共 ${count(reply.check.findings)} 个问题。`)
      : notice('warning', `导入成功，但重新检查未完成：${reply.checkError ?? '原因不明'}`),
  );
}

function historyTable(batches: ImportBatch[]): HTMLElement {
  return dataTable<ImportBatch>(
    [
      { label: '批次', cell: (b) => b.id, class: 'num' },
      { label: '时间', cell: (b) => timestamp(b.importedAt) },
      { label: '机关', cell: (b) => b.agency },
      { label: '台账', cell: (b) => LEDGER_NAMES[b.kind] },
      { label: '文件', cell: (b) => b.fileName },
      { label: '格式', cell: (b) => b.format },
      { label: '读取', cell: (b) => count(b.rowsRead), class: 'num' },
      { label: '新增', cell: (b) => count(b.loaded), class: 'num' },
      { label: '更新', cell: (b) => count(b.updated), class: 'num' },
      { label: '拒绝', cell: (b) => count(b.rejected), class: 'num' },
      { label: '被拒绝的行', cell: (b) => rejectsLink(b.id, b.rejected) },
      { label: '导入人', cell: (b) => b.importedBy },
    ],
    batches,
    { empty: '还没有导入记录' },
  );
}

/** A file input behind a Chinese button (the browser's own speaks the browser's language) and the names chosen. */
function filePicker(name: string, accept: string, label: string, multiple = false): { input: HTMLInputElement; picker: HTMLLabelElement } {
  const input = el('input', { class: 'visually-hidden', attrs: { type: 'file', name, accept, multiple } });
  const chosen = el('span', { class: 'muted' }, '未选择文件');
  input.addEventListener('change', () => {
    const names = [...(input.files ?? [])].map((f) => f.name);
    chosen.textContent = names.length ? names.join('、') : '未选择文件';
  });
  return { input, picker: el('label', { class: 'file-picker' }, input, el('span', { class: 'button-like' }, label), chosen) };
}

function uploadForm(context: PageContext): HTMLElement {
  const kind = select('kind', (Object.keys(LEDGER_NAMES) as LedgerKind[]).map((k): [string, string] => [k, LEDGER_NAMES[k]]), 'documents');
  const { input: file, picker: ledgerPicker } = filePicker('file', '.csv,.xlsx,.json,.jsonl,.arrow,.arrows,.ipc', '选择文件…');
  // An annual-report ledger's 全文 cells may name files: they go up with it.
  const { input: texts, picker: textsPicker } = filePicker('texts', '.docx,.html,.htm,.txt', '选择全文文件…', true);
  textsPicker.hidden = true;
  kind.addEventListener('change', () => {
    textsPicker.hidden = kind.value !== 'annual-reports';
  });
  const progress = el('progress', { attrs: { max: 100, value: 0 } });
  const progressText = el('span', { class: 'muted' });
  const progressRow = el('div', { class: 'upload-progress' }, progress, progressText);
  progressRow.hidden = true;
  const result = el('div');
  const submit = button('上传并导入', async () => {
    const chosen = file.files?.[0];
    if (!chosen) {
      replaceChildren(result, notice('error', '请选择台账文件'));
      return;
    }
    submit.disabled = true;
    progressRow.hidden = false;
    progress.value = 0;
    replaceChildren(result);
    try {
      const reply = await uploadLedger({
        file: chosen,
        texts: kind.value === 'annual-reports' ? [...(texts.files ?? [])] : [],
        kind: kind.value as LedgerKind,
        agency: context.agency,
        onProgress: (sent, total) => {
          progress.value = Math.round((sent / total) * 100);
          progressText.textContent = sent < total ? `上传中 ${progress.value}%` : '上传完成，正在导入并检查…';
        },
      });
      progress.value = 100;
      progressText.textContent = '完成';
      replaceChildren(result, summaryView(reply));
      void refreshHistory();
    } catch (error) {
      progressText.textContent = '失败';
      replaceChildren(result, notice('error', error instanceof ApiError ? error.message : '上传失败'));
    } finally {
      submit.disabled = false;
    }
  });
  const history = el('div', { class: 'import-history' });
  const refreshHistory = async () => {
    const page = await getJson<Page<ImportBatch>>('/imports', { agency: context.agency, pageSize: 50 });
    replaceChildren(history, historyTable(page.items));
  };
  void refreshHistory();
  return el(
    'div',
    null,
    section(
      '上传台账',
      el('p', { class: 'muted' }, '支持 CSV（UTF-8 或 GBK）、XLSX、JSON、Arrow。表头按名称匹配；同一记录编号再次导入为更新。导入后自动重新检查该机关。'),
      el('div', { class: 'toolbar' }, field('台账', kind), ledgerPicker, textsPicker, submit),
      el('p', { class: 'muted' }, '年度报告台账的“全文”列可写全文文件名（.docx、.html、.txt），并在此一同选择这些文件。'),
      progressRow,
      result,
    ),
    section('导入记录', history),
  );
}

function recheckPanel(context: PageContext): HTMLElement {
  const asOf = dateInput('asOf', null);
  const message = el('div');
  const run = button('重新检查', async () => {
    run.disabled = true;
    replaceChildren(message, '正在检查…');
    try {
      const result = await sendJson<CheckResult>('POST', '/checks', { agency: context.agency ?? undefined, asOf: asOf.value || undefined });
      replaceChildren(message, notice('success', `检查完成（基准日 ${result.asOf}，规则集 ${result.profileVersion}）：共 ${count(result.findings)} 个问题。`));
    } catch (error) {
      replaceChildren(message, notice('error', error instanceof ApiError ? error.message : '检查失败'));
    } finally {
      run.disabled = false;
    }
  });
  return section('重新运行规则', el('div', { class: 'toolbar' }, field('检查基准日（默认今天）', asOf), run), message);
}

export function renderImports(container: HTMLElement, context: PageContext): void {
  replaceChildren(container, uploadForm(context), recheckPanel(context));
}
