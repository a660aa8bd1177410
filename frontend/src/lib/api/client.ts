import createClient from 'openapi-fetch';
import { i18n } from '@/i18n';
import { createAuthMiddleware } from './auth-middleware';
import { unwrap } from './problem';
import type { paths } from './schema';
import { endSession, getRefreshToken, getSessionState, startSession } from './session';

/**
 * The one API client. Same origin (baseUrl ''): in production Quarkus serves this SPA and the API;
 * in development Vite proxies /api and /q to the backend.
 */
// JSON and problem+json bodies only: lists also answer text/csv, which is fetched as a file, not through here.
export const api = createClient<paths, `${string}/${string}json`>({
  baseUrl: '',
  headers: { Accept: 'application/json, application/problem+json' },
  // Looked up on each call, not captured once, so tests can stub globalThis.fetch.
  fetch: (request) => globalThis.fetch(request),
});

let refreshing: Promise<string | null> | null = null;

/**
 * Spends the refresh token for new tokens, once for all who ask at the same time: a refresh token is
 * single-use, and presenting it twice would close every session of the account.
 * Resolves to the new access token, or to null when there is no session to renew (it is then ended).
 * Rejects on a network error or a 5xx, leaving the session as it was.
 */
export function refreshSession(): Promise<string | null> {
  refreshing ??= spendRefreshToken().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function spendRefreshToken(): Promise<string | null> {
  const refreshToken = getRefreshToken();
  if (refreshToken === null) {
    if (getSessionState().session !== null) endSession({ expired: true });
    return null;
  }
  const result = await api.POST('/api/v1/auth/refresh', { body: { refreshToken } });
  const { status } = result.response;
  if (status >= 400 && status < 500) {
    // Expired, spent or revoked: only signing in again helps.
    endSession({ expired: true });
    return null;
  }
  const tokens = unwrap(result);
  startSession(tokens);
  return tokens.accessToken;
}

/** The language the user chose, for the server's own words (messages, reasons, units, default titles). */
export function acceptLanguage(): string {
  return i18n.language === 'en' ? 'en' : 'vi';
}

api.use({
  onRequest({ request }) {
    request.headers.set('Accept-Language', acceptLanguage());
    return request;
  },
});
api.use(createAuthMiddleware(refreshSession));
