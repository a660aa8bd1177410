/** The login page's address, as the routes in src/app serve it. */
export const LOGIN_PATH = '/dang-nhap';

/** The login page, with where to come back to afterwards (`next`) unless that is the home page. */
export function loginHref(next: string): string {
  const back = safeNext(next);
  return back === '/' ? LOGIN_PATH : `${LOGIN_PATH}?next=${encodeURIComponent(back)}`;
}

/**
 * `next` as a place inside this app: a path on this origin (not `//host`, not `/\host`, which browsers
 * read as another site) other than the login page itself. Anything else becomes the home page.
 */
export function safeNext(value: string | null): string {
  if (value === null || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  const path = value.split(/[?#]/, 1)[0];
  return path === LOGIN_PATH ? '/' : value;
}
