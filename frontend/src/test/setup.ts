import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { endSession } from '@/lib/api/session';

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

afterEach(() => {
  cleanup();
  endSession();
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});
