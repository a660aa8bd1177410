import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { quarterOf, quarterRange } from '@/lib/format';
import { jsonResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn, testUser } from '@/test/session';
import { ScorecardPage } from './ScorecardPage';

const DISTRICT = '00000000-0000-4000-8000-0000000000bb';
const AN_TAY = ['00000000-0000-4000-8000-00000000b001', '00000000-0000-4000-8000-00000000b002', '00000000-0000-4000-8000-00000000b003'];

function row(branchId: string, communeName: string, overrides: Record<string, unknown> = {}) {
  return {
    branchId,
    branchName: 'Chi bộ thôn An Tây',
    communeId: `${branchId.slice(0, -1)}c`,
    communeName,
    meetingsHeld: 3,
    thematicHeld: 1,
    averageAttendanceRate: 91.5,
    averageOpinions: 4.33,
    averageDurationMinutes: 95,
    targetsPassed: 9,
    targetsFailed: 0,
    band: 'FAIR',
    ...overrides,
  };
}

const ROWS = [
  row(AN_TAY[0]!, 'Đảng bộ xã An Lâm', { band: 'GOOD', meetingsHeld: 2, targetsPassed: 6, targetsFailed: 3 }),
  row(AN_TAY[1]!, 'Đảng bộ xã Nam Hồng'),
  row(AN_TAY[2]!, 'Đảng bộ xã Thái Tân', {
    meetingsHeld: 0,
    thematicHeld: 0,
    averageAttendanceRate: null,
    averageOpinions: null,
    averageDurationMinutes: null,
    targetsPassed: 0,
    targetsFailed: 0,
    band: null,
  }),
];

function api(request: Request): Response {
  if (request.headers.get('Accept')?.startsWith('text/csv')) {
    return new Response('\uFEFFbranchId,branchName\n', {
      headers: { 'Content-Type': 'text/csv', 'Content-Disposition': `attachment; filename="bang-diem-chi-bo-${quarterOf()}.csv"` },
    });
  }
  return jsonResponse({ items: ROWS, page: 0, size: 50, totalItems: 3, totalPages: 1 });
}

const scorecardCalls = (requests: Request[]) => requests.filter((r) => new URL(r.url).pathname === '/api/v1/reports/scorecard');
const render = () => renderWithQuery(<ScorecardPage meetingsHref={(id, from, to) => `/sinh-hoat?within=${id}&from=${from}&to=${to}`} />);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ScorecardPage', () => {
  it("tells same-named branches apart by their commune, and shows the score sheet's band and the failed targets apart", async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE', organizationId: DISTRICT }) });
    stubFetch(api);

    render();

    expect(await screen.findByText('Đảng bộ xã An Lâm')).toBeInTheDocument();
    expect(screen.getByText('Đảng bộ xã Nam Hồng')).toBeInTheDocument();
    expect(screen.getAllByText('Chi bộ thôn An Tây')).toHaveLength(3);
    const [first] = screen.getAllByText('Chi bộ thôn An Tây');
    const { from, to } = quarterRange(quarterOf());
    expect(first!.closest('a')).toHaveAttribute('href', `/sinh-hoat?within=${AN_TAY[0]}&from=${from}&to=${to}`);

    // "Tốt" from the score sheets, and beside it, in a column of its own, the 3 failed targets in red.
    const good = screen.getByText('Tốt').closest('tr')!;
    expect(within(good).getByText('3')).toHaveClass('failed-count');
    expect(within(good).getByText('6')).toHaveClass('passed-count');
    expect(screen.getAllByText('Xếp loại (phiếu điểm)')[0]).toBeInTheDocument();
    expect(screen.getAllByText('Chỉ tiêu không đạt')[0]).toBeInTheDocument();
    expect(screen.queryByText(/\d+ \/ \d+/)).not.toBeInTheDocument();
  }, 30_000);

  it('says a branch held no meeting in the quarter instead of a row of zeros', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE', organizationId: DISTRICT }) });
    stubFetch(api);

    render();

    const idle = (await screen.findByText('Chưa có biên bản trong quý')).closest('tr')!;
    expect(idle).toHaveClass('row-idle');
    expect(within(idle).getByText('Đảng bộ xã Thái Tân')).toBeInTheDocument();
    expect(within(idle).queryByText('0')).not.toBeInTheDocument();
  }, 30_000);

  it('sorts on the server by the column clicked, the order kept in the URL, and exports the same order as CSV', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE', organizationId: DISTRICT }) });
    window.history.replaceState(null, '', '/bang-diem?sort=averageAttendanceRate,desc');
    const { requests } = stubFetch(api);
    const createObjectURL = vi.fn(() => 'blob:csv');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    let saved = '';
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved = this.download;
    });

    render();

    await screen.findByText('Đảng bộ xã An Lâm');
    expect(new URL(scorecardCalls(requests).at(-1)!.url).searchParams.get('sort')).toBe('averageAttendanceRate,desc');

    fireEvent.click(screen.getAllByText('Chỉ tiêu không đạt')[0]!);

    await waitFor(() => expect(new URL(scorecardCalls(requests).at(-1)!.url).searchParams.get('sort')).toBe('targetsFailed,asc'));
    expect(new URLSearchParams(window.location.search).get('sort')).toBe('targetsFailed,asc');

    fireEvent.click(screen.getByText('Xuất Excel/CSV').closest('button')!);

    await waitFor(() => expect(click).toHaveBeenCalled());
    const csv = scorecardCalls(requests).find((r) => r.headers.get('Accept')?.startsWith('text/csv'))!;
    expect(Object.fromEntries(new URL(csv.url).searchParams)).toEqual({ organizationId: DISTRICT, quarter: quarterOf(), sort: 'targetsFailed,asc' });
    expect(saved).toBe(`bang-diem-chi-bo-${quarterOf()}.csv`);
    click.mockRestore();
  }, 30_000);
});
