// The installation's administrator (an office account without an agency) sees every agency; pages about
// one agency (annual report, appraisal, imports, checks) need one chosen. The choice is kept in
// localStorage; the list comes from the import history, the one place the API lists agencies.
import { getJson } from '../api/client.ts';
import type { ImportBatch, Page } from '../api/types.ts';
import { el } from '../ui/dom.ts';

const KEY = 'gongkai.agency';

export function chosenAgency(): string | null {
  return localStorage.getItem(KEY) || null;
}

export function agencyPicker(onChange: () => void): HTMLElement {
  const input = el('input', { attrs: { list: 'agency-list', name: 'agency', placeholder: '全部机关', size: 14, 'aria-label': '机关' } });
  input.value = chosenAgency() ?? '';
  const list = el('datalist', { attrs: { id: 'agency-list' } });
  void getJson<Page<ImportBatch>>('/imports', { pageSize: 1000 })
    .then((page) => {
      for (const agency of new Set(page.items.map((b) => b.agency))) list.append(el('option', { attrs: { value: agency } }));
    })
    .catch(() => {
      // The list is a convenience; the field still takes a typed code.
    });
  input.addEventListener('change', () => {
    const value = input.value.trim();
    if (value) localStorage.setItem(KEY, value);
    else localStorage.removeItem(KEY);
    onChange();
  });
  return el('span', { class: 'agency-picker' }, '机关：', input, list);
}
