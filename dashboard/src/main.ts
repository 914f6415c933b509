// The dashboard's entry: find out whether a session is open (GET /api/session), then show the log-in or the
// shell, and draw the page the URL names on every hash change.
import './styles.css';
import { currentCsrfToken, getJson, onUnauthorised, setCsrfToken } from './api/client.ts';
import type { SessionReply } from './api/types.ts';
import { renderLogin } from './pages/login.ts';
import { renderShell, type Shell } from './app/shell.ts';
import { PAGES } from './pages/index.ts';

const root = document.getElementById('app')!;
let shell: Shell | null = null;

function showLogin(): void {
  shell = null;
  renderLogin(root, startShell);
}

function startShell(session: SessionReply): void {
  setCsrfToken(session.csrfToken);
  shell = renderShell(root, session.user, PAGES, showLogin);
  shell.showRoute();
}

window.addEventListener('hashchange', () => shell?.showRoute());
onUnauthorised(() => {
  if (shell) showLogin();
});

// A session leaves its readable CSRF cookie; without one there is no session to ask about.
if (currentCsrfToken()) {
  try {
    startShell(await getJson<SessionReply>('/session'));
  } catch {
    showLogin();
  }
} else {
  showLogin();
}
