// Places a chart in its panel at the panel's width; an empty data set gets a sentence instead of axes.
import { el } from './dom.ts';

export function chartBox(title: string, draw: (width: number) => Element | null, empty = '所选期间没有数据', testId?: string): HTMLElement {
  const box = el('figure', { class: 'chart', attrs: { 'data-chart': testId ?? null } }, el('figcaption', null, title));
  // Drawn after the box is in the page, so its width is known.
  requestAnimationFrame(() => {
    const width = Math.max(320, Math.floor(box.clientWidth || 720));
    const figure = draw(width);
    box.append(figure ?? el('p', { class: 'muted' }, empty));
  });
  return box;
}
