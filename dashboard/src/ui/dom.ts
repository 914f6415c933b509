// Building DOM without markup strings: every text goes in through text nodes (textContent), so ledger
// text such as `<script>` in a title shows as text and never runs. Nothing in the dashboard uses innerHTML.
type Child = Node | string | number | null | undefined | false;

export interface ElementProps {
  class?: string;
  /** Attributes set with setAttribute (values are text, never markup). */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  /** Event listeners, e.g. { click: handler }. */
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
  dataset?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElementProps | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props?.class) node.className = props.class;
  for (const [name, value] of Object.entries(props?.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, value] of Object.entries(props?.dataset ?? {})) node.dataset[name] = value;
  for (const [type, listener] of Object.entries(props?.on ?? {})) node.addEventListener(type, listener as EventListener);
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Empties a node and puts the children in (redraw rather than patch). */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** A labelled form control: <label><span>text</span>control</label>. */
export function field(label: string, control: HTMLElement): HTMLLabelElement {
  return el('label', { class: 'field' }, el('span', null, label), control);
}

export function select(name: string, options: [value: string, label: string][], value: string | null | undefined): HTMLSelectElement {
  const node = el('select', { attrs: { name } });
  for (const [v, label] of options) node.append(el('option', { attrs: { value: v } }, label));
  node.value = value ?? '';
  return node;
}

export function button(label: string, onClick: (event: MouseEvent) => void, props: ElementProps = {}): HTMLButtonElement {
  return el('button', { ...props, attrs: { type: 'button', ...(props.attrs ?? {}) }, on: { ...(props.on ?? {}), click: onClick } }, label);
}

/** A message box: info, error or success. */
export function notice(kind: 'info' | 'error' | 'success' | 'warning', ...children: Child[]): HTMLDivElement {
  return el('div', { class: `notice notice-${kind}`, attrs: { role: kind === 'error' ? 'alert' : 'status' } }, ...children);
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return el('section', { class: 'panel' }, el('h2', null, title), ...children);
}

/**
 * A date field that reads and writes 2024-10-08 whatever the browser's locale (a native date input shows
 * the locale's format, e.g. 10/08/2024).
 */
export function dateInput(name: string, value: string | null | undefined, props: { required?: boolean } = {}): HTMLInputElement {
  return el('input', {
    class: 'date-input',
    attrs: { type: 'text', name, value: value ?? '', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}-\\d{2}-\\d{2}', size: 10, inputmode: 'numeric', required: props.required },
  });
}
