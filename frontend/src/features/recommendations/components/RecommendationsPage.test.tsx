import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn, testUser } from '@/test/session';
import { DEPARTMENT, organization, recommendation } from './fixtures.test-data';
import { RecommendationsPage } from './RecommendationsPage';

const LINKS = { list: '/kien-nghi', briefings: '/kien-nghi/giao-ban', publication: '/kien-nghi/thong-bao', stats: '/kien-nghi/thong-ke' };
const empty = { items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 };

function api(request: Request): Response {
  const path = new URL(request.url).pathname;
  if (path === '/api/v1/recommendations' && request.headers.get('Accept')?.startsWith('text/csv')) {
    return new Response('\uFEFFid,title\n1,Nạo vét\n', { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="kien-nghi.csv"' } });
  }
  if (path === '/api/v1/recommendations') {
    return jsonResponse({ items: [recommendation(), recommendation({ id: '00000000-0000-4000-8000-00000000a002', title: 'Tiêu thụ hành, tỏi', overdue: false, status: 'ANSWERED' })], page: 0, size: 20, totalItems: 2, totalPages: 1 });
  }
  if (path === `/api/v1/organizations/${DEPARTMENT}`) return jsonResponse(organization(DEPARTMENT, 'Phòng Nông nghiệp và PTNT'));
  return jsonResponse(empty);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('RecommendationsPage', () => {
  it('sends the filters of the URL to the server and marks the overdue ones', async () => {
    signIn({ user: testUser({ role: 'RESPONDER', organizationId: DEPARTMENT }) });
    window.history.replaceState(null, '', '/kien-nghi?field=AGRICULTURE&status=FORWARDED&overdue=true&q=kenh&page=2&sort=dueOn,asc');
    const { requests } = stubFetch(api);

    renderWithQuery(<RecommendationsPage hrefOf={(id) => `/kien-nghi/${id}`} links={LINKS} />);

    // Text queries: role queries over antd's table and pickers are slow in jsdom.
    expect((await screen.findByText('Nạo vét kênh tưới tiêu thôn Đột Lĩnh')).closest('a')).toHaveAttribute('href', expect.stringContaining('/kien-nghi/'));
    const list = requests.filter((r) => new URL(r.url).pathname === '/api/v1/recommendations').at(-1)!;
    const query = new URL(list.url).searchParams;
    expect(Object.fromEntries(query)).toMatchObject({ field: 'AGRICULTURE', status: 'FORWARDED', overdue: 'true', q: 'kenh', page: '1', sort: 'dueOn,asc' });
    expect(screen.getAllByText(/^Quá hạn \d+ ngày$/)).toHaveLength(1);
    // A responder answers but does not raise recommendations.
    expect(screen.queryByText('Ghi kiến nghị')).not.toBeInTheDocument();
  }, 30_000);

  it('exports the same filtered list as CSV and saves it as a file', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE' }) });
    window.history.replaceState(null, '', '/kien-nghi?field=AGRICULTURE');
    const { requests } = stubFetch(api);
    const createObjectURL = vi.fn(() => 'blob:csv');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});

    renderWithQuery(<RecommendationsPage hrefOf={(id) => `/kien-nghi/${id}`} links={LINKS} />);
    expect(screen.getByText('Ghi kiến nghị').closest('button')).toBeInTheDocument();
    let saved = '';
    click.mockImplementation(function (this: HTMLAnchorElement) {
      saved = this.download;
    });
    fireEvent.click((await screen.findByText('Xuất Excel/CSV')).closest('button')!);

    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(saved).toBe('kien-nghi.csv');
    const csv = requests.find((r) => r.headers.get('Accept')?.startsWith('text/csv'))!;
    expect(new URL(csv.url).searchParams.get('field')).toBe('AGRICULTURE');
    expect(new URL(csv.url).searchParams.has('page')).toBe(false);
    expect(createObjectURL).toHaveBeenCalled();
    expect(await screen.findByText('Đã tải tệp CSV (mở được bằng Excel).')).toBeInTheDocument();
    expect(csv.headers.get('Authorization')).toBe('Bearer access-1');
    click.mockRestore();
  }, 30_000);
});
