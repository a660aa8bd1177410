import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { i18n } from '@/i18n';
import { endSession } from '@/lib/api/session';

// Screens load their code on demand: give findBy* time for a lazy route's first render.
configure({ asyncUtilTimeout: 4000 });

/*
 * jsdom has no fetch, so Node's Request is used; unlike a browser's it cannot resolve a
 * same-origin path such as '/api/v1/organizations'. Resolve it against the page's URL, as a browser would.
 */
const NodeRequest = globalThis.Request;
class SameOriginRequest extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, window.location.href) : input, init);
  }
}
globalThis.Request = SameOriginRequest as typeof Request;

// jsdom has no matchMedia (antd's responsive grid asks it) nor ResizeObserver: a desktop-wide screen.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: /min-width/.test(query),
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

afterEach(() => {
  cleanup();
  void i18n.changeLanguage('vi');
  endSession();
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});
