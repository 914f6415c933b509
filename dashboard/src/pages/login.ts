// The log-in form: POST /api/session; the reply carries the user and the CSRF token for state changes.
import { ApiError, sendJson, setCsrfToken } from '../api/client.ts';
import type { SessionReply } from '../api/types.ts';
import { el, notice, replaceChildren } from '../ui/dom.ts';

export function renderLogin(container: HTMLElement, onLoggedIn: (session: SessionReply) => void): void {
  const login = el('input', { attrs: { name: 'login', autocomplete: 'username', required: true, autofocus: true } });
  const password = el('input', { attrs: { name: 'password', type: 'password', autocomplete: 'current-password', required: true } });
  const message = el('div', { class: 'login-message' });
  const submit = el('button', { attrs: { type: 'submit' } }, '登录');
  const form = el(
    'form',
    { class: 'login-form', attrs: { 'aria-label': '登录' } },
    el('h1', null, '公开 · 政务公开合规检查'),
    el('p', { class: 'muted' }, '请使用办公室分配的账号登录'),
    el('label', { class: 'field' }, el('span', null, '登录名'), login),
    el('label', { class: 'field' }, el('span', null, '密码'), password),
    submit,
    message,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    replaceChildren(message);
    try {
      const session = await sendJson<SessionReply>('POST', '/session', { login: login.value.trim(), password: password.value });
      setCsrfToken(session.csrfToken);
      onLoggedIn(session);
    } catch (error) {
      const text = error instanceof ApiError ? error.message : '无法连接服务器';
      replaceChildren(message, notice('error', text));
      password.value = '';
      password.focus();
    } finally {
      submit.disabled = false;
    }
  });
  replaceChildren(container, el('div', { class: 'login-page' }, form));
}
