import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getSessionState, REFRESH_TOKEN_KEY } from '@/lib/api/session';
import { jsonResponse, problemResponse, stubFetch, unauthorizedResponse } from '@/test/fetch-mock';
import { createTestQueryClient } from '@/test/render';
import { signIn, testTokens, testUser } from '@/test/session';
import { AppProvider } from './provider';
import { AppRouter } from './router';

const ORGANIZATIONS = '/api/v1/organizations';

function pathOf(request: Request): string {
  return new URL(request.url).pathname;
}

function organizationsPage(name = 'Đảng bộ xã Hòa Xuân') {
  return jsonResponse({
    items: [
      {
        id: '00000000-0000-4000-8000-000000000001',
        externalId: null,
        code: 'DB-HX',
        name,
        type: 'GRASSROOTS',
        parentId: null,
        zoneId: null,
        memberCount: 120,
        rosterCount: 0,
        version: 0,
        createdAt: '2025-01-01T00:00:00+07:00',
        updatedAt: '2025-01-01T00:00:00+07:00',
      },
    ],
    page: 0,
    size: 20,
    totalItems: 1,
    totalPages: 1,
  });
}

const TREE = {
  id: '00000000-0000-4000-8000-0000000000bb',
  code: 'HD-NS',
  name: 'Đảng bộ huyện Nam Sách',
  type: 'DISTRICT',
  zoneId: null,
  memberCount: 120,
  children: [],
};

/** The organizations page's calls: the list, and the tree beside it. */
function organizationsApi(request: Request, name?: string): Response {
  const path = pathOf(request);
  if (path.endsWith('/subtree')) return jsonResponse(TREE);
  if (path.startsWith(`${ORGANIZATIONS}/`)) return jsonResponse({ ...TREE, parentId: null, rosterCount: 0, externalId: null, version: 0, createdAt: '2025-01-01T00:00:00+07:00', updatedAt: '2025-01-01T00:00:00+07:00' });
  return organizationsPage(name);
}

/** The calls to the organizations list (not the tree's). */
function listCalls(requests: Request[]): Request[] {
  return requests.filter((r) => pathOf(r) === ORGANIZATIONS && new URL(r.url).searchParams.get('size') === '20');
}

function renderApp(url = '/') {
  window.history.replaceState(null, '', url);
  const queryClient = createTestQueryClient();
  return {
    queryClient,
    ...render(
      <AppProvider queryClient={queryClient}>
        <AppRouter />
      </AppProvider>,
    ),
  };
}

function where(): string {
  return `${window.location.pathname}${window.location.search}`;
}

async function signInThroughTheForm(username = 'vanphong', password = 'mat-khau-cua-ban') {
  fireEvent.change(await screen.findByRole('textbox', { name: 'Tên đăng nhập' }), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('signing in and out', () => {
  it('sends a visitor without a session to the login page, keeping where they were going', async () => {
    const { requests } = stubFetch((r) => organizationsApi(r));

    renderApp('/to-chuc?q=thon');

    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
    expect(where()).toBe('/dang-nhap?next=%2Fto-chuc%3Fq%3Dthon');
    expect(requests).toHaveLength(0);
  });

  it('goes to the page asked for after signing in, and sends the bearer token from then on', async () => {
    const { requests } = stubFetch((request) =>
      pathOf(request) === '/api/v1/auth/login'
        ? jsonResponse(testTokens({ accessToken: 'access-42', user: testUser({ fullName: 'Trần Văn Bình', role: 'BRANCH_SECRETARY' }) }))
        : organizationsApi(request),
    );

    renderApp('/dang-nhap?next=%2Fto-chuc');
    await signInThroughTheForm();

    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(where()).toBe('/to-chuc');
    expect(screen.getByRole('heading', { level: 1, name: 'Tổ chức đảng' })).toBeInTheDocument();
    const header = screen.getByRole('banner');
    expect(within(header).getByText('Trần Văn Bình')).toBeInTheDocument();
    expect(within(header).getByText('Bí thư chi bộ')).toBeInTheDocument();

    const organizationCalls = listCalls(requests);
    expect(organizationCalls).toHaveLength(1);
    expect(organizationCalls[0]!.headers.get('Authorization')).toBe('Bearer access-42');
    expect(requests[0]!.headers.has('Authorization')).toBe(false); // the login call itself
  });

  it('returns to the login page when the session cannot be renewed, then back where the user was', async () => {
    signIn({ accessToken: 'expired', refreshToken: 'spent' });
    let signedInAgain = false;
    const { requests } = stubFetch((request) => {
      switch (pathOf(request)) {
        case '/api/v1/auth/refresh':
          return unauthorizedResponse('Mã làm mới không hợp lệ hoặc đã hết hạn; hãy đăng nhập lại.');
        case '/api/v1/auth/login':
          signedInAgain = true;
          return jsonResponse(testTokens({ accessToken: 'fresh' }));
        default:
          return signedInAgain ? organizationsApi(request, 'Chi bộ Thôn Đông') : unauthorizedResponse();
      }
    });

    renderApp('/to-chuc?type=BRANCH');

    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
    expect(where()).toBe('/dang-nhap?next=%2Fto-chuc%3Ftype%3DBRANCH');
    expect(screen.getByRole('status')).toHaveTextContent('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.');
    expect(requests.filter((r) => pathOf(r) === '/api/v1/auth/refresh')).toHaveLength(1);
    expect(getSessionState().session).toBeNull();
    expect(window.sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();

    await signInThroughTheForm();

    expect(await screen.findByText('Chi bộ Thôn Đông')).toBeInTheDocument();
    expect(where()).toBe('/to-chuc?type=BRANCH');
  });

  it('signs out: spends the refresh token, forgets the session and shows the login page', async () => {
    signIn({ accessToken: 'access-1', refreshToken: 'refresh-1', user: testUser({ fullName: 'Nguyễn Thị Hoa', role: 'DISTRICT_OFFICE' }) });
    const { requests } = stubFetch((request) =>
      pathOf(request) === '/api/v1/auth/logout' ? new Response(null, { status: 204 }) : organizationsApi(request),
    );

    const { queryClient } = renderApp('/to-chuc');
    await screen.findByRole('table');
    expect(within(screen.getByRole('banner')).getByText('Văn phòng Huyện ủy')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Đăng xuất' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
    expect(where()).toBe('/dang-nhap');
    const logout = requests.find((r) => pathOf(r) === '/api/v1/auth/logout');
    expect(logout?.method).toBe('POST');
    expect(await logout!.json()).toEqual({ refreshToken: 'refresh-1' });
    expect(getSessionState()).toEqual({ session: null, expired: false });
    expect(window.sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
    expect(screen.queryByRole('status')).not.toBeInTheDocument(); // signing out is not an expiry
  });

  it('after a reload of the tab, renews the session from the stored refresh token', async () => {
    window.sessionStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-7');
    const { requests } = stubFetch((request) =>
      pathOf(request) === '/api/v1/auth/refresh'
        ? jsonResponse(testTokens({ accessToken: 'access-8', refreshToken: 'refresh-8' }))
        : organizationsApi(request),
    );

    renderApp('/to-chuc?page=1');

    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(where()).toBe('/to-chuc?page=1');
    expect(requests[0] && pathOf(requests[0])).toBe('/api/v1/auth/refresh');
    expect(requests.filter((r) => pathOf(r) === '/api/v1/auth/refresh')).toHaveLength(1);
    expect(await requests[0]!.json()).toEqual({ refreshToken: 'refresh-7' });
    expect(listCalls(requests)[0]!.headers.get('Authorization')).toBe('Bearer access-8');
    expect(window.sessionStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-8');
  });

  it('offers to try again when the session cannot be renewed for want of a connection', async () => {
    window.sessionStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-7');
    let online = false;
    stubFetch((request) => {
      if (!online) return Promise.reject(new TypeError('Failed to fetch'));
      return pathOf(request) === '/api/v1/auth/refresh' ? jsonResponse(testTokens()) : organizationsApi(request);
    });

    renderApp('/to-chuc');

    expect(await screen.findByRole('alert')).toHaveTextContent('Không kết nối được máy chủ');
    online = true;
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('shows a 403 as a problem, without ending the session', async () => {
    signIn();
    stubFetch(() =>
      problemResponse(403, {
        type: 'urn:nennep:problem:forbidden',
        title: 'Không có quyền',
        detail: 'Dữ liệu này nằm ngoài phạm vi tổ chức của bạn.',
      }),
    );

    renderApp('/to-chuc');

    expect((await screen.findAllByRole('alert'))[0]).toHaveTextContent('Dữ liệu này nằm ngoài phạm vi tổ chức của bạn.');
    await waitFor(() => expect(getSessionState().session).not.toBeNull());
    expect(where()).toBe('/to-chuc');
  });
});
