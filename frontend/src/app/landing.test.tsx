import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '@/test/fetch-mock';
import { createTestQueryClient } from '@/test/render';
import { signIn, testTokens, testUser } from '@/test/session';
import { AppProvider } from './provider';
import { AppRouter } from './router';

const DEPARTMENT = '00000000-0000-4000-8000-00000000d001';
const BRANCH = '00000000-0000-4000-8000-00000000b001';
const MEETING = '00000000-0000-4000-8000-00000000a0a1';
const page = (items: unknown[], totalItems = items.length) => ({ items, page: 0, size: 20, totalItems, totalPages: 1 });
const notFound = () => problemResponse(404, { type: 'urn:nennep:problem:not-found', title: 'Không tìm thấy' });

function renderApp(url: string) {
  window.history.replaceState(null, '', url);
  return render(
    <AppProvider queryClient={createTestQueryClient()}>
      <AppRouter />
    </AppProvider>,
  );
}

/** The first screen after signing in loads the frame's and the page's code on demand: on a busy machine, seconds. */
const SLOW = { timeout: 15_000 };
const where = () => `${window.location.pathname}${window.location.search}`;
const query = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);

describe('where each role lands', () => {
  it('a department, once signed in: the recommendations addressed to it, the overdue ones first', async () => {
    const { requests } = stubFetch((request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/auth/login') return jsonResponse(testTokens({ user: testUser({ role: 'RESPONDER', organizationId: DEPARTMENT }) }));
      if (url.pathname === '/api/v1/recommendations') return jsonResponse(page([], url.searchParams.get('overdue') === 'true' ? 3 : 40));
      return jsonResponse(page([]));
    });

    renderApp('/dang-nhap');
    fireEvent.change(await screen.findByRole('textbox', { name: 'Tên đăng nhập' }), { target: { value: 'phongnongnghiep' } });
    fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'mat-khau' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    await screen.findByRole('heading', { level: 1, name: 'Kiến nghị, đề xuất' }, SLOW);
    expect(where()).toBe(`/kien-nghi?addressee=${DEPARTMENT}&overdue=true&sort=dueOn%2Casc`);
    const list = requests.filter((r) => new URL(r.url).pathname === '/api/v1/recommendations').at(-1)!;
    expect(query(list)).toMatchObject({ addresseeId: DEPARTMENT, overdue: 'true', sort: 'dueOn,asc' });
  }, 30_000);

  it('a department with nothing overdue: all the recommendations addressed to it', async () => {
    signIn({ user: testUser({ role: 'RESPONDER', organizationId: DEPARTMENT }) });
    stubFetch(() => jsonResponse(page([])));

    renderApp('/');

    await screen.findByRole('heading', { level: 1, name: 'Kiến nghị, đề xuất' }, SLOW);
    expect(where()).toBe(`/kien-nghi?addressee=${DEPARTMENT}`);
  }, 30_000);

  it("a branch secretary: this month's record when there is one", async () => {
    signIn({ user: testUser({ role: 'BRANCH_SECRETARY', organizationId: BRANCH }) });
    const { requests } = stubFetch((request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/v1/meetings') return jsonResponse(page([{ id: MEETING, branchId: BRANCH }]));
      return path.startsWith('/api/v1/meetings/') ? notFound() : jsonResponse(page([]));
    });

    renderApp('/');

    await waitFor(() => expect(where()).toBe(`/sinh-hoat/${MEETING}`), SLOW);
    const month = requests.find((r) => new URL(r.url).pathname === '/api/v1/meetings')!;
    const today = dayjs();
    expect(query(month)).toMatchObject({
      branchId: BRANCH,
      from: today.startOf('month').format('YYYY-MM-DD'),
      to: today.endOf('month').format('YYYY-MM-DD'),
    });
  }, 30_000);

  it('a branch secretary without one: a clear button to write it', async () => {
    signIn({ user: testUser({ role: 'BRANCH_SECRETARY', organizationId: BRANCH }) });
    stubFetch((request) => {
      const path = new URL(request.url).pathname;
      if (path === `/api/v1/organizations/${BRANCH}`) return jsonResponse({ id: BRANCH, name: 'Chi bộ thôn Đột Lĩnh', type: 'BRANCH' });
      return path === '/api/v1/meetings' ? jsonResponse(page([])) : notFound();
    });

    renderApp('/');

    const month = dayjs().format('MM/YYYY');
    expect(await screen.findByRole('heading', { level: 1, name: `Sinh hoạt chi bộ tháng ${month}` }, SLOW)).toBeInTheDocument();
    expect(where()).toBe('/sinh-hoat/thang-nay');
    expect(await screen.findByText('Chi bộ thôn Đột Lĩnh')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: `Ghi biên bản tháng ${month}` }));
    await waitFor(() => expect(where()).toBe('/sinh-hoat/moi'));
  }, 30_000);

  it('the district office: the dashboard', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE' }) });
    stubFetch(() => jsonResponse(page([])));

    renderApp('/');

    await waitFor(() => expect(where()).toBe('/tong-quan'), SLOW);
  }, 30_000);
});
