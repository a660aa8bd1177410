import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn } from '@/test/session';
import type { Organization, OrganizationPage } from '../api/get-organizations';
import { OrganizationsPage } from './OrganizationsPage';

let nextId = 0;

function org(overrides: Partial<Organization> = {}): Organization {
  nextId += 1;
  return {
    id: `00000000-0000-4000-8000-${String(nextId).padStart(12, '0')}`,
    externalId: null,
    code: `CB-${nextId}`,
    name: `Chi bộ Thôn ${nextId}`,
    type: 'BRANCH',
    parentId: null,
    zoneId: null,
    memberCount: 12,
    rosterCount: 0,
    version: 0,
    createdAt: '2025-01-01T00:00:00+07:00',
    updatedAt: '2025-01-01T00:00:00+07:00',
    ...overrides,
  };
}

/** A page as the API sends it: `page` counts from 0. */
function pageOf(items: Organization[], extra: Partial<OrganizationPage> = {}): OrganizationPage {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: items.length ? 1 : 0, ...extra };
}

const TREE = {
  id: '00000000-0000-4000-8000-0000000000bb',
  code: 'HD-NS',
  name: 'Đảng bộ huyện Nam Sách',
  type: 'DISTRICT',
  zoneId: null,
  memberCount: 7000,
  children: [
    { id: '00000000-0000-4000-8000-0000000000cc', code: 'NS-ANLAM', name: 'Đảng bộ xã An Lâm', type: 'GRASSROOTS', zoneId: null, memberCount: 120, children: [] },
  ],
};

/** The list's calls go to `list`; the tree beside it gets TREE. */
function withTree(list: (request: Request) => Response | Promise<Response>) {
  return (request: Request) => (new URL(request.url).pathname.endsWith('/subtree') ? jsonResponse(TREE) : list(request));
}

/** The list's requests (the tree's have their own path). */
function listRequests(requests: Request[]): Request[] {
  return requests.filter((r) => new URL(r.url).pathname === '/api/v1/organizations');
}

function lastQuery(requests: Request[]): URLSearchParams {
  return new URL(listRequests(requests).at(-1)!.url).searchParams;
}

describe('OrganizationsPage', () => {
  // The page is shown only in a session (the routes see to that); its calls carry the access token.
  beforeEach(() => {
    signIn({ accessToken: 'access-org' });
  });

  it('shows the organizations the API returns, one row each', async () => {
    const { requests } = stubFetch(
      withTree(() =>
        jsonResponse(
          pageOf(
            [
              org({ code: 'DB-HX', name: 'Đảng bộ xã Hòa Xuân', type: 'GRASSROOTS', memberCount: 1234 }),
              org({ code: 'CB-01', name: 'Chi bộ Thôn Đông', type: 'BRANCH', memberCount: 17 }),
            ],
            { totalItems: 42, totalPages: 3 },
          ),
        ),
      ),
    );

    renderWithQuery(<OrganizationsPage />);

    expect(screen.getByRole('heading', { level: 1, name: 'Tổ chức đảng' })).toBeInTheDocument();
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Đang tải…');
    const table = await screen.findByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .filter((row) => row.getAttribute('aria-hidden') !== 'true');
    expect(rows).toHaveLength(3); // the header and two organizations
    expect(within(rows[0]!).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Mã',
      'Tên',
      'Loại',
      'Số đảng viên',
    ]);
    expect(within(rows[1]!).getAllByRole('cell').map((td) => td.textContent)).toEqual([
      'DB-HX',
      'Đảng bộ xã Hòa Xuân',
      'Tổ chức cơ sở đảng',
      '1.234',
    ]);
    expect(within(rows[2]!).getByRole('cell', { name: 'Chi bộ' })).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('link', { name: 'Đảng bộ xã Hòa Xuân' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/to-chuc\/00000000-0000-4000-8000-\d{12}$/),
    );
    expect(screen.getByText('Trang 1/3 — 42 tổ chức')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Trước' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Sau' })).toBeEnabled();
    await waitFor(() => expect(screen.queryByText('Đang tải…')).not.toBeInTheDocument());
    expect(await screen.findByRole('tree', { name: 'Cây tổ chức' })).toHaveTextContent('Đảng bộ xã An Lâm');

    const list = listRequests(requests);
    expect(list).toHaveLength(1);
    const url = new URL(list[0]!.url);
    expect(url.pathname).toBe('/api/v1/organizations');
    expect(url.searchParams.get('page')).toBe('0');
    expect(url.searchParams.has('q')).toBe(false);
    expect(list[0]!.headers.get('Accept-Language')).toBe('vi');
    expect(list[0]!.headers.get('Authorization')).toBe('Bearer access-org');
  });

  it('shows the empty state when nothing matches', async () => {
    stubFetch(withTree(() => jsonResponse(pageOf([]))));

    renderWithQuery(<OrganizationsPage />);

    expect(await screen.findByText('Không có tổ chức nào phù hợp')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it.each([
    [400, 'Yêu cầu không hợp lệ', 'Tham số page phải là số nguyên.'],
    [500, 'Lỗi máy chủ', 'Đã có lỗi xảy ra, vui lòng thử lại sau.'],
  ])('shows the problem title and detail of a %i answer', async (status, title, detail) => {
    stubFetch(withTree(() =>
      problemResponse(status, {
        type: `urn:nennep:problem:${status}`,
        title,
        detail,
        requestId: 'req-42',
        ...(status === 400 ? { errors: [{ field: 'page', message: 'phải là số nguyên' }] } : {}),
      }),
    ));

    renderWithQuery(<OrganizationsPage />);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(title)).toBeInTheDocument();
    expect(within(alert).getByText(detail)).toBeInTheDocument();
    expect(within(alert).getByText('Mã yêu cầu: req-42')).toBeInTheDocument();
    if (status === 400) expect(within(alert).getByRole('listitem')).toHaveTextContent('page: phải là số nguyên');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('sends what is typed in the search box as q, and keeps it in the URL', async () => {
    const { requests } = stubFetch(withTree(() => jsonResponse(pageOf([org()]))));

    renderWithQuery(<OrganizationsPage />);
    await screen.findByRole('table');

    fireEvent.change(screen.getByRole('searchbox', { name: 'Tìm theo tên hoặc mã (không cần gõ dấu)' }), {
      target: { value: 'hoa xuan' },
    });

    await waitFor(() => expect(lastQuery(requests).get('q')).toBe('hoa xuan'));
    expect(lastQuery(requests).get('page')).toBe('0');
    expect(new URLSearchParams(window.location.search).get('q')).toBe('hoa xuan');
  });

  it('reads q, type and page from the URL and sends them', async () => {
    window.history.replaceState(null, '', '/?q=thon&type=BRANCH&page=2');
    const { requests } = stubFetch(withTree(() => jsonResponse(pageOf([org()], { page: 1, totalItems: 25, totalPages: 2 }))));

    renderWithQuery(<OrganizationsPage />);

    await screen.findByRole('table');
    const params = new URL(listRequests(requests)[0]!.url).searchParams;
    expect(params.get('q')).toBe('thon');
    expect(params.get('type')).toBe('BRANCH');
    expect(params.get('page')).toBe('1'); // the URL's page 2 is the API's page 1
    expect(screen.getByRole('searchbox', { name: 'Tìm theo tên hoặc mã (không cần gõ dấu)' })).toHaveValue('thon');
    expect(screen.getByRole('combobox', { name: 'Loại' })).toHaveValue('BRANCH');
    expect(screen.getByText('Trang 2/2 — 25 tổ chức')).toBeInTheDocument();
  });

  it('moves to the next page and filters by type through the URL', async () => {
    const { requests } = stubFetch(
      withTree((request) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        return jsonResponse(pageOf([org({ name: `Tổ chức trang ${page + 1}` })], { page, totalItems: 40, totalPages: 2 }));
      }),
    );

    renderWithQuery(<OrganizationsPage />);
    await screen.findByText('Tổ chức trang 1');

    fireEvent.click(screen.getByRole('button', { name: 'Sau' }));
    expect(await screen.findByText('Tổ chức trang 2')).toBeInTheDocument();
    expect(window.location.search).toBe('?page=2');
    expect(screen.getByRole('button', { name: 'Sau' })).toBeDisabled();

    fireEvent.change(screen.getByRole('combobox', { name: 'Loại' }), { target: { value: 'DEPARTMENT' } });
    await waitFor(() => expect(lastQuery(requests).get('type')).toBe('DEPARTMENT'));
    expect(lastQuery(requests).get('page')).toBe('0');
    expect(window.location.search).toBe('?type=DEPARTMENT');
  });

  it('still shows a problem when an error answer is not problem details', async () => {
    stubFetch(withTree(() => new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } })));

    renderWithQuery(<OrganizationsPage />);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Bad Gateway')).toBeInTheDocument();
    expect(within(alert).getByText('Máy chủ trả lời mã 502.')).toBeInTheDocument();
  });

  it('shows a connection problem when the server cannot be reached', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));

    renderWithQuery(<OrganizationsPage />);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Không kết nối được máy chủ')).toBeInTheDocument();
  });
});
