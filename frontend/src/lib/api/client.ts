import createClient from 'openapi-fetch';
import type { paths } from './schema';

/**
 * The one API client. Same origin (baseUrl ''): in production Quarkus serves this SPA and the API;
 * in development Vite proxies /api and /q to the backend.
 */
export const api = createClient<paths>({
  baseUrl: '',
  headers: { 'Accept-Language': 'vi', Accept: 'application/json, application/problem+json' },
  // Looked up on each call, not captured once, so tests can stub globalThis.fetch.
  fetch: (request) => globalThis.fetch(request),
});
