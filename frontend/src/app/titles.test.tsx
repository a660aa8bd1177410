import { act, render, screen, waitFor } from '@testing-library/react';
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { setLanguage } from '@/i18n';
import { vi } from '@/i18n/vi';
import { jsonResponse, stubFetch } from '@/test/fetch-mock';
import { createTestQueryClient } from '@/test/render';
import { signIn } from '@/test/session';
import { AppProvider } from './provider';
import { AppRouter, ROUTES, type RouteHandle } from './router';

function renderApp(url: string) {
  window.history.replaceState(null, '', url);
  return render(
    <AppProvider queryClient={createTestQueryClient()}>
      <AppRouter />
    </AppProvider>,
  );
}

/** Every route that shows a screen (not a redirect or a frame), with its path from the root. */
function screens(routes: RouteObject[], parent = ''): { path: string; handle: RouteHandle | undefined }[] {
  return routes.flatMap((route) => {
    const path = route.index ? parent || '/' : route.path ? (route.path.startsWith('/') ? route.path : `${parent}/${route.path}`) : parent;
    if (route.children) return screens(route.children, path);
    const element = route.element as { type?: { name?: string } } | undefined;
    if (element?.type?.name === 'Navigate' || element?.type?.name === 'Outlet') return [];
    return [{ path, handle: route.handle as RouteHandle | undefined }];
  });
}

function lookUp(dictionary: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], dictionary);
}

const ORGANIZATIONS_PAGE = { items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 };
const TREE = { id: '00000000-0000-4000-8000-0000000000bb', code: 'HD-NS', name: 'Đảng bộ huyện Nam Sách', type: 'DISTRICT', zoneId: null, memberCount: 0, children: [] };

describe('each screen in the browser tab', () => {
  it('has a title of its own, in both languages', () => {
    const all = screens(ROUTES);
    expect(all.length).toBeGreaterThan(20);
    const missing = all.filter((s) => !s.handle || typeof lookUp(vi, s.handle.title) !== 'string' || typeof lookUp(en, s.handle.title) !== 'string');
    expect(missing.map((s) => s.path)).toEqual([]);
    const titles = all.map((s) => s.handle!.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('names the page in the tab, and follows the language: titles, and the server asked again in English', async () => {
    signIn();
    const { requests } = stubFetch((request) =>
      new URL(request.url).pathname.endsWith('/subtree') ? jsonResponse(TREE) : jsonResponse(ORGANIZATIONS_PAGE),
    );

    renderApp('/to-chuc');

    await screen.findByRole('heading', { level: 1, name: 'Tổ chức đảng' });
    await waitFor(() => expect(document.title).toBe('Tổ chức đảng · Nền nếp'));
    expect(requests.every((r) => r.headers.get('Accept-Language') === 'vi')).toBe(true);
    const before = requests.length;

    act(() => setLanguage('en'));

    await screen.findByRole('heading', { level: 1, name: 'Party organizations' });
    await waitFor(() => expect(document.title).toBe('Party organizations · Nền nếp'));
    // What the server wrote in Vietnamese is fetched again, in English.
    await waitFor(() => expect(requests.length).toBeGreaterThan(before));
    expect(requests.slice(before).map((r) => r.headers.get('Accept-Language'))).toEqual(requests.slice(before).map(() => 'en'));
    act(() => setLanguage('vi'));
  });

  it('names the login page too', async () => {
    stubFetch(() => jsonResponse({}));
    renderApp('/dang-nhap');
    await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' });
    await waitFor(() => expect(document.title).toBe('Đăng nhập · Nền nếp'));
  });
});
