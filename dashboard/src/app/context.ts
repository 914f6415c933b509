// What a page is given to draw itself: the logged-in user, its route, and ways to change the route.
import type { CurrentUser } from '../api/types.ts';
import type { Route } from './router.ts';

export interface PageContext {
  user: CurrentUser;
  route: Route;
  /** The agency the page is about: the user's own, or the one an administrator chose (may be null). */
  agency: string | null;
  /** Replace some of this page's parameters (null removes one); the page is drawn again. */
  setParams(changes: Record<string, string | null | undefined>): void;
  /** Go to another page with parameters. */
  go(page: string, params?: Record<string, string | null | undefined>): void;
}

export interface PageDefinition {
  id: string;
  title: string;
  /** Roles offered this page in the navigation (the server enforces access on its own). */
  roles: readonly CurrentUser['role'][];
  render(container: HTMLElement, context: PageContext): Promise<void> | void;
}
