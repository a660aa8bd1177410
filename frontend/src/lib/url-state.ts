import { useSyncExternalStore } from 'react';

/*
 * Page state kept in the URL query string (?q=…&type=…&page=…), so that a reload, a shared link
 * and the browser's back/forward buttons all give the same view. No router library is needed yet:
 * navigate() and usePathname() are enough for a handful of pages.
 */

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function getSearch(): string {
  return window.location.search;
}

export type SearchParamsUpdate = Record<string, string | number | null | undefined>;

export interface NavigateOptions {
  /** Replace the current history entry instead of pushing one (e.g. while typing). */
  replace?: boolean;
}

/** Sets or removes (null, undefined, '') the given query parameters, keeping the others. */
export function setSearchParams(update: SearchParamsUpdate, options: NavigateOptions = {}): void {
  const params = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(update)) {
    if (value === null || value === undefined || value === '') params.delete(key);
    else params.set(key, String(value));
  }
  const search = params.toString();
  const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (options.replace) window.history.replaceState(window.history.state, '', url);
  else window.history.pushState(window.history.state, '', url);
  listeners.forEach((listener) => listener());
}

/** Goes to another page of the app (a path with an optional query), as following a link would. */
export function navigate(to: string, options: NavigateOptions = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  listeners.forEach((listener) => listener());
}

/** Where the user is now (path, query and hash), e.g. to come back to after signing in. */
export function currentLocation(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}

/** The current query parameters, re-rendering on every change (ours or back/forward). */
export function useSearchParams(): [URLSearchParams, typeof setSearchParams] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  return [new URLSearchParams(search), setSearchParams];
}

/** The current path, re-rendering on back/forward. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname, () => '/');
}
