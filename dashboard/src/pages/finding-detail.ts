// One finding opened: what it is, why (the computation and the article), its evidence, its history, and
// the form to change its status with a note.
import { ApiError, getJson, sendJson } from '../api/client.ts';
import type { Finding, FindingDetail, FindingStatus, Role } from '../api/types.ts';
import { button, el, field, notice, replaceChildren, select } from '../ui/dom.ts';
import { evidenceList } from '../ui/evidence.ts';
import { findingTextCompareLink } from './annual-text-compare.ts';
import { day, SEVERITY_NAMES, STATUS_NAMES, STATUS_ORDER, SUBJECT_KIND_NAMES, timestamp } from '../ui/format.ts';

function statusForm(finding: FindingDetail, role: Role, onChanged: (updated: Finding) => void): HTMLElement {
  // A section may rectify or explain its own findings; waiving is the leader's and the office's.
  const allowed = STATUS_ORDER.filter((s) => !(role === 'section' && s === 'waived'));
  const status = select('status', allowed.map((s) => [s, STATUS_NAMES[s]]), finding.status);
  const note = el('textarea', { attrs: { name: 'note', rows: 3, maxlength: 2000, placeholder: '说明整改情况或理由（说明、豁免须填写）' } });
  const message = el('div');
  const save = button('保存状态', async () => {
    save.disabled = true;
    try {
      const updated = await sendJson<Finding>('PATCH', `/findings/${finding.id}`, { status: status.value as FindingStatus, note: note.value });
      replaceChildren(message, notice('success', `已更新为「${STATUS_NAMES[updated.status]}」`));
      onChanged(updated);
    } catch (error) {
      replaceChildren(message, notice('error', error instanceof ApiError ? error.message : '保存失败'));
    } finally {
      save.disabled = false;
    }
  });
  return el('div', { class: 'status-form' }, el('h3', null, '处理状态'), field('状态', status), field('备注', note), save, message);
}

export async function renderFindingDetail(container: HTMLElement, id: number, role: Role, onChanged: (updated: Finding) => void): Promise<void> {
  replaceChildren(container, el('p', { class: 'loading' }, '正在加载…'));
  let finding: FindingDetail;
  try {
    finding = await getJson<FindingDetail>(`/findings/${id}`);
  } catch (error) {
    replaceChildren(container, notice('error', error instanceof ApiError ? error.message : '加载失败'));
    return;
  }
  const facts: [string, string][] = [
    ['规则', `${finding.ruleInfo.title.zh}（${finding.rule}）`],
    ['严重程度', SEVERITY_NAMES[finding.severity]],
    ['对象', `${SUBJECT_KIND_NAMES[finding.subjectKind] ?? finding.subjectKind} ${finding.subject}`],
    ['科室', finding.section ?? '—'],
    ['期限', day(finding.due)],
    ['实际', day(finding.actual)],
    ['逾期工作日', finding.lateWorkdays === null ? '—' : String(finding.lateWorkdays)],
    ['状态', STATUS_NAMES[finding.status] + (finding.statusBy ? `（${finding.statusBy}，${timestamp(finding.statusAt)}）` : '')],
    ['规则集', finding.profileVersion],
  ];
  replaceChildren(
    container,
    el('h2', null, `问题 #${finding.id}：${finding.ruleTitle}`),
    el('section', { class: 'why', attrs: { 'data-testid': 'finding-why' } }, el('h3', null, '为什么是问题'), el('p', null, finding.why)),
    el('dl', { class: 'facts' }, ...facts.flatMap(([k, v]) => [el('dt', null, k), el('dd', null, v)])),
    el(
      'section',
      null,
      el('h3', null, '依据'),
      el('p', null, finding.ruleInfo.description),
      el('ul', { class: 'articles' }, ...finding.ruleInfo.articles.map((a) => el('li', null, a))),
    ),
    el('section', { attrs: { 'data-testid': 'finding-evidence' } }, el('h3', null, '证据（计算过程）'), evidenceList(finding.details), findingTextCompareLink(finding, role)),
    finding.statusNote ? el('section', null, el('h3', null, '处理备注'), el('p', null, finding.statusNote)) : null,
    statusForm(finding, role, onChanged),
    el(
      'section',
      null,
      el('h3', null, '处理记录'),
      finding.history.length === 0
        ? el('p', { class: 'muted' }, '暂无')
        : el(
            'ul',
            { class: 'history' },
            ...finding.history.map((h) => {
              const details = (h.details ?? {}) as { before?: FindingStatus; after?: FindingStatus; note?: string | null };
              const change = details.after ? `${STATUS_NAMES[details.before ?? 'open']} → ${STATUS_NAMES[details.after]}` : h.action;
              return el('li', null, `${timestamp(h.at)} ${h.actor ?? '—'}：${change}${details.note ? `（${details.note}）` : ''}`);
            }),
          ),
    ),
  );
}
