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
