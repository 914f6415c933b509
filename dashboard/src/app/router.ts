// Hash routes: #/findings?rule=req/answer-late&from=2025-01-01. The page and its filters live in the URL,
// so a view can be bookmarked, shared and reloaded; changing a filter changes the hash and the page is
// drawn again from it.
export interface Route {
  page: string;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const trimmed = hash.replace(/^#\/?/, '');
  const [page = '', query = ''] = trimmed.split('?', 2);
  return { page: decodeURIComponent(page), params: new URLSearchParams(query) };
}

export function hashOf(page: string, params: Record<string, string | null | undefined> | URLSearchParams = {}): string {
  const search = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, value] of entries) if (value !== null && value !== undefined && value !== '') search.set(key, value);
  const qs = search.toString();
  return `#/${page}${qs ? `?${qs}` : ''}`;
}

export function currentRoute(): Route {
  return parseHash(window.location.hash);
}

export function navigate(page: string, params: Record<string, string | null | undefined> | URLSearchParams = {}): void {
  const next = hashOf(page, params);
  if (window.location.hash === next) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else window.location.hash = next;
}

/** The same page with some parameters changed (null removes one). */
export function withParams(route: Route, changes: Record<string, string | null | undefined>): URLSearchParams {
  const params = new URLSearchParams(route.params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') params.delete(key);
    else params.set(key, value);
  }
  return params;
}
