import { useSyncExternalStore } from 'react';

const APP = '/app';

const subscribe = (listener: () => void) => {
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
};

/** The page part of the address: /app/lightning → "lightning". */
export function usePage(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname.slice(APP.length).replace(/^\/+|\/+$/g, '').split('/')[0] ?? '');
}

export function navigate(page: string): void {
  window.history.pushState(null, '', `${APP}/${page}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/**
 * After an action replaces the part of the page that had the focus (a sign-in form gives way to the page), the
 * browser drops the focus to the document's start: the keyboard user would Tab through the navigation again.
 * This puts it on the page's heading instead, so the next Tab reaches the page's first control.
 */
export function focusPage(): void {
  requestAnimationFrame(() => {
    if (document.activeElement && document.activeElement !== document.body) return;
    document.querySelector<HTMLElement>('main h1')?.focus();
  });
}

/**
 * A value kept in the address's query (`/app/orchestrator?agent=…`): a reload keeps it, a copied link opens the
 * page on it, and Back returns to the previous one. For what the user selects; what they own (tokens, a job of
 * theirs) is kept in localStorage (stored.ts).
 */
export function useQueryParam(name: string): string | undefined {
  return useSyncExternalStore(subscribe, () => new URLSearchParams(window.location.search).get(name) || undefined);
}

/** Sets some of the query's values (undefined removes one), as a new history entry, keeping the page and the others. */
export function setQuery(values: Record<string, string | undefined>): void {
  const query = new URLSearchParams(window.location.search);
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) query.delete(name);
    else query.set(name, value);
  }
  const search = query.toString();
  if (search === window.location.search.slice(1)) return;
  window.history.pushState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
