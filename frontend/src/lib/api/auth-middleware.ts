import type { Middleware } from 'openapi-fetch';
import { endSession, getAccessToken } from './session';

/**
 * Operations anyone may call (`security: []` in openapi.yaml). They get no bearer token, and their 401
 * is an answer in itself (a wrong password, a spent refresh token), not a sign of an expired access token.
 */
const PUBLIC_PATHS: ReadonlySet<string> = new Set([
  '/api/v1/auth/login',
  '/api/v1/auth/refresh',
  '/api/v1/auth/logout',
]);

/**
 * Sends the access token with every call, and survives its expiry: on a 401 it gets a new access token
 * from `refresh` and sends the request once more. `refresh` must be single-flight (concurrent 401s share
 * one call, since a refresh token can be spent only once); it resolves to null when there is no session to
 * renew, having ended it. A retry that is refused again ends the session too; the routes then send the
 * user to the login page.
 */
export function createAuthMiddleware(refresh: () => Promise<string | null>): Middleware {
  // Each request as it was before it was sent (a sent body cannot be read again), kept for the one retry.
  const unsent = new Map<string, Request>();

  return {
    onRequest({ request, schemaPath, id }) {
      if (PUBLIC_PATHS.has(schemaPath)) return undefined;
      const token = getAccessToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      unsent.set(id, request.clone());
      return request;
    },

    async onResponse({ request, response, id, options }) {
      const copy = unsent.get(id);
      unsent.delete(id);
      if (response.status !== 401 || !copy) return undefined;

      // Another call may have renewed the session while this one was on its way: use its token.
      const current = getAccessToken();
      const token =
        current !== null && request.headers.get('Authorization') !== `Bearer ${current}` ? current : await refresh();
      if (token === null) return response;

      void response.body?.cancel();
      copy.headers.set('Authorization', `Bearer ${token}`);
      const retried = await options.fetch(copy);
      if (retried.status === 401) endSession({ expired: true });
      return retried;
    },

    onError({ id }) {
      unsent.delete(id);
      return undefined;
    },
  };
}
