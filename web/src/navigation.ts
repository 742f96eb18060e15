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
