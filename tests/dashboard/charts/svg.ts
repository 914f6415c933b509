// Reading a Plot figure back: the SVG (Plot wraps it in a <figure> when it draws a legend), its marks by
// aria-label, and its texts (tick labels, axis labels, text marks).
export function svgOf(figure: Element): SVGSVGElement {
  // The plot's own SVG, not a legend swatch's (those sit inside the legend's <span>s).
  const svg = figure.tagName.toLowerCase() === 'svg' ? figure : figure.querySelector(':scope > svg');
  if (!svg) throw new Error('the chart has no SVG');
  return svg as SVGSVGElement;
}

/** The marks' groups, by their aria-label (Plot labels each mark's <g> by its type: "bar", "cell", …). */
export function marks(figure: Element, label: string): Element[] {
  return [...svgOf(figure).querySelectorAll(`g[aria-label="${label}"]`)];
}

export function markShapes(figure: Element, label: string, shape: string): Element[] {
  return marks(figure, label).flatMap((g) => [...g.querySelectorAll(shape)]);
}

/** Every text in the figure, legends included. */
export function texts(figure: Element): string[] {
  return [...figure.querySelectorAll('text, span, div')].map((t) => t.textContent?.trim() ?? '').filter(Boolean);
}

export function allText(figure: Element): string {
  return figure.textContent ?? '';
}
