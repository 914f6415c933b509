// The logged-in frame: a header (who is logged in, the agency, log-out), the left navigation filtered by
// role, and the main area where the current page is drawn anew on every route change.
import { sendJson, setCsrfToken } from '../api/client.ts';
import type { CurrentUser } from '../api/types.ts';
import { button, el, notice, replaceChildren } from '../ui/dom.ts';
import { ROLE_NAMES } from '../ui/format.ts';
import type { PageContext, PageDefinition } from './context.ts';
import { homePageFor, mayOpen, navigationFor } from './navigation.ts';
import { currentRoute, navigate, withParams } from './router.ts';
import { agencyPicker, chosenAgency } from './agency-choice.ts';

export interface Shell {
  /** Draws the page the URL names. */
  showRoute(): void;
}

export function renderShell(root: HTMLElement, user: CurrentUser, pages: ReadonlyMap<string, PageDefinition>, onLoggedOut: () => void): Shell {
  const nav = el('nav', { class: 'side-nav', attrs: { 'aria-label': '页面' } });
  const main = el('main', { class: 'page', attrs: { id: 'main' } });
  const who = [user.displayName ?? user.login, ROLE_NAMES[user.role], user.section].filter(Boolean).join(' · ');
  const logout = button('退出', async () => {
    try {
      await sendJson('DELETE', '/session');
    } finally {
      setCsrfToken(null);
      onLoggedOut();
    }
  });
  const header = el(
    'header',
    { class: 'top-bar' },
    el('div', { class: 'brand' }, el('strong', null, '公开'), el('span', null, '政务公开合规检查')),
    el('div', { class: 'who' }, user.agency ? el('span', { class: 'agency' }, user.agency) : agencyPicker(() => shell.showRoute()), el('span', { class: 'user', attrs: { 'data-testid': 'current-user' } }, who), logout),
  );
  replaceChildren(root, header, el('div', { class: 'frame' }, nav, main));

  function drawNav(active: string): void {
    replaceChildren(
      nav,
      el(
        'ul',
        null,
        ...navigationFor(user.role).map((entry) =>
          el('li', null, el('a', { class: entry.id === active ? 'active' : '', attrs: { href: `#/${entry.id}`, 'aria-current': entry.id === active ? 'page' : null } }, entry.title)),
        ),
      ),
    );
  }

  const shell: Shell = {
    showRoute() {
      const route = currentRoute();
      if (!route.page || !mayOpen(user.role, route.page) || !pages.has(route.page)) {
        navigate(homePageFor(user.role));
        return;
      }
      drawNav(route.page);
      const page = pages.get(route.page)!;
      document.title = `${page.title} · 公开`;
      // A fresh container per drawing: a slow, outdated drawing fills a detached node and is never seen.
      const container = el('div', { class: `page-${page.id}`, attrs: { 'data-page': page.id } });
      replaceChildren(main, el('h1', { class: 'page-title' }, page.title), container);
      const context: PageContext = {
        user,
        route,
        agency: user.agency ?? chosenAgency(),
        setParams: (changes) => navigate(route.page, withParams(route, changes)),
        go: (pageId, params = {}) => navigate(pageId, params),
      };
      Promise.resolve(page.render(container, context)).catch((error: unknown) => {
        console.error(error);
        container.append(notice('error', error instanceof Error ? error.message : '页面加载失败'));
      });
    },
  };
  return shell;
}
