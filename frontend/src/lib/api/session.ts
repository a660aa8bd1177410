import { useSyncExternalStore } from 'react';
import type { components } from './schema';

type TokenResponse = components['schemas']['TokenResponse'];
type User = components['schemas']['User'];

/** The signed-in user and the access token sent with each API call. */
export interface Session {
  readonly user: User;
  readonly accessToken: string;
}

export interface SessionState {
  readonly session: Session | null;
  /** True when the last session ended because the server stopped accepting it (not by signing out). */
  readonly expired: boolean;
}

/*
 * Where the tokens live:
 * - The access token stays in memory only. It opens every API call for 15 minutes, so it is never
 *   written where a script could find it later; a new one is one refresh away.
 * - The refresh token is kept in sessionStorage: it survives a reload of the tab (a reload does not sign
 *   the user out), it is not shared across tabs (each tab has its own chain of single-use refresh tokens;
 *   two tabs spending one token would look like theft and close every session of the account), and it is
 *   gone when the tab closes.
 */
export const REFRESH_TOKEN_KEY = 'nennep.refreshToken';

// Used only when sessionStorage is unavailable (storage disabled): the session then lasts as long as the page.
let refreshTokenFallback: string | null = null;

function readRefreshToken(): string | null {
  try {
    return window.sessionStorage.getItem(REFRESH_TOKEN_KEY) ?? refreshTokenFallback;
  } catch {
    return refreshTokenFallback;
  }
}

function writeRefreshToken(token: string | null): void {
  refreshTokenFallback = token;
  try {
    if (token === null) window.sessionStorage.removeItem(REFRESH_TOKEN_KEY);
    else window.sessionStorage.setItem(REFRESH_TOKEN_KEY, token);
  } catch {
    // Storage disabled or full: keep the token in memory only.
  }
}

let state: SessionState = { session: null, expired: false };
const listeners = new Set<() => void>();

function setState(next: SessionState): void {
  state = next;
  listeners.forEach((listener) => listener());
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSessionState(): SessionState {
  return state;
}

export function getAccessToken(): string | null {
  return state.session?.accessToken ?? null;
}

export function getRefreshToken(): string | null {
  return readRefreshToken();
}

/** Starts (or renews, after a refresh) the session from the tokens the API answered with. */
export function startSession(tokens: TokenResponse): void {
  writeRefreshToken(tokens.refreshToken);
  setState({ session: { user: tokens.user, accessToken: tokens.accessToken }, expired: false });
}

/** Forgets both tokens. `expired`: the server refused the session (as opposed to the user signing out). */
export function endSession({ expired = false }: { expired?: boolean } = {}): void {
  writeRefreshToken(null);
  if (state.session === null && state.expired === expired) return;
  setState({ session: null, expired });
}

/** The session and whether the last one expired, re-rendering when either changes. */
export function useSessionState(): SessionState {
  return useSyncExternalStore(subscribeSession, getSessionState, getSessionState);
}
