import { fireEvent, screen, waitFor } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn, testUser } from '@/test/session';
import { Dashboard } from './Dashboard';

vi.mock('@/components/Chart', () => ({ Chart: ({ label }: { label: string }) => <div role="img" aria-label={label} /> }));

const DISTRICT = '00000000-0000-4000-8000-0000000000bb';
const page = (items: unknown[]) => ({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });

function resolution(n: number, number: string, title: string, targetCount: number) {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return { id, number, title, targetCount, documentType: number.split('-')[1]!.split('/')[0], issuedOn: '2026-01-01' };
}

const NQ17 = resolution(17, '17-NQ/HU', 'Nghị quyết chuyên đề về nâng cao chất lượng sinh hoạt chi bộ', 5);
const NQ03 = resolution(3, '03-NQ/HU', 'Nghị quyết về chuyển đổi số', 2);
/** The ten and more newest documents: notices without targets, which pushed 17-NQ/HU out of the old picker. */
const NOTICES = Array.from({ length: 12 }, (_, i) => resolution(100 + i, `${i + 1}-TB/HU`, `Thông báo ${i + 1}`, 0));

function api(request: Request): Response {
  const url = new URL(request.url);
  const query = url.searchParams;
  if (url.pathname === '/api/v1/resolutions') {
    if (query.get('hasTargets') !== 'true') return jsonResponse(page([...NOTICES, NQ17, NQ03]));
    const q = query.get('q');
    return jsonResponse(page(q ? [NQ03] : [NQ17, NQ03]));
  }
  if (url.pathname === `/api/v1/resolutions/${NQ03.id}`) return jsonResponse(NQ03);
  if (url.pathname === `/api/v1/resolutions/${NQ17.id}`) return jsonResponse(NQ17);
  return jsonResponse(page([]));
}

function renderDashboard() {
  return renderWithQuery(
    <Dashboard
      compliance={({ resolutionId }) => <p>compliance of {resolutionId}</p>}
      effect={({ resolutionId }) => <p>effect of {resolutionId}</p>}
      recommendations={() => null}
    />,
  );
}

describe('Dashboard', () => {
  it('shows the document in force with the most targets by default, picked by the server, not among the newest', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE', organizationId: DISTRICT }) });
    const { requests } = stubFetch(api);

    renderDashboard();

    expect(await screen.findByText(`compliance of ${NQ17.id}`)).toBeInTheDocument();
    expect(screen.getByText(`effect of ${NQ17.id}`)).toBeInTheDocument();
    const asked = requests.find((r) => new URL(r.url).pathname === '/api/v1/resolutions')!;
    const query = new URL(asked.url).searchParams;
    expect(query.get('hasTargets')).toBe('true');
    expect(query.get('appliesToId')).toBe(DISTRICT);
    expect(query.get('effectiveOn')).toBe(dayjs().format('YYYY-MM-DD'));
    expect(query.getAll('sort')[0]).toBe('targetCount,desc');
  }, 30_000);

  it('searches the documents on the server as the user types, and keeps the choice in the address', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE', organizationId: DISTRICT }) });
    const { requests } = stubFetch(api);

    renderDashboard();
    await screen.findByText(`compliance of ${NQ17.id}`);

    const picker = screen.getByRole('combobox', { name: 'Nghị quyết' });
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: 'chuyen doi so' } });
    await waitFor(() => expect(requests.some((r) => new URL(r.url).searchParams.get('q') === 'chuyen doi so')).toBe(true));
    fireEvent.click(await screen.findByText('03-NQ/HU — Nghị quyết về chuyển đổi số (2 chỉ tiêu)'));

    expect(await screen.findByText(`compliance of ${NQ03.id}`)).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('nq')).toBe(NQ03.id);
  }, 30_000);
});
