// The one way the dashboard talks to the API: same-origin fetch with the session cookie, the session's CSRF
// token on every state change (the server wants it in x-csrf-token), JSON in and out, and the server's
// Chinese error message carried in ApiError.
export const CSRF_HEADER = 'x-csrf-token';
const CSRF_COOKIE = 'gk_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD']);

let csrfToken: string | null = null;

/** Remembers the token from the log-in or session reply. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The token: the one the session reply gave, else the readable gk_csrf cookie (after a reload). */
export function currentCsrfToken(): string | null {
  if (csrfToken) return csrfToken;
  const cookie = document.cookie.split('; ').find((c) => c.startsWith(`${CSRF_COOKIE}=`));
  return cookie ? decodeURIComponent(cookie.slice(CSRF_COOKIE.length + 1)) : null;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Listeners told when the session is gone (401), so the shell can show the log-in again. */
const unauthorisedListeners = new Set<() => void>();
export function onUnauthorised(listener: () => void): () => void {
  unauthorisedListeners.add(listener);
  return () => unauthorisedListeners.delete(listener);
}

export type Query = Record<string, string | number | boolean | null | undefined>;

/** `/api/findings?rule=…` with empty values left out. */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

export function requestHeaders(method: string, extra: Record<string, string> = {}): Record<string, string> {
  const headers: Record<string, string> = { ...extra };
  const token = currentCsrfToken();
  if (!SAFE_METHODS.has(method) && token) headers[CSRF_HEADER] = token;
  return headers;
}

export async function errorOf(response: Response): Promise<ApiError> {
  let message = `请求失败（HTTP ${response.status}）`;
  let field: string | undefined;
  try {
    const body = (await response.json()) as { error?: string; field?: string };
    if (body.error) message = body.error;
    field = body.field;
  } catch {
    // Not JSON (a proxy's page): the status says enough.
  }
  if (response.status === 404 && message.startsWith('请求失败')) message = '接口不存在（服务器尚未提供该功能）';
  return new ApiError(response.status, message, field);
}

/** Sends the request and throws ApiError on any non-2xx status. */
export async function send(method: string, path: string, options: { query?: Query; body?: unknown; accept?: string } = {}): Promise<Response> {
  const headers = requestHeaders(method, { accept: options.accept ?? 'application/json' });
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(apiUrl(path, options.query), { method, headers, body, credentials: 'same-origin' });
  if (!response.ok) {
    const error = await errorOf(response);
    if (response.status === 401 && path !== '/session') for (const listener of unauthorisedListeners) listener();
    throw error;
  }
  return response;
}

export async function getJson<T>(path: string, query?: Query): Promise<T> {
  return (await (await send('GET', path, { query })).json()) as T;
}

export async function sendJson<T>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  return (await (await send(method, path, { body })).json()) as T;
}
