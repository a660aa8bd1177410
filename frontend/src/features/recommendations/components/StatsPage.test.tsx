import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn } from '@/test/session';
import { StatsPage } from './StatsPage';

vi.mock('@/components/Chart', () => ({ Chart: ({ label }: { label: string }) => <div role="img" aria-label={label} /> }));

const LINKS = { list: '/kien-nghi', briefings: '/kien-nghi/giao-ban', publication: '/kien-nghi/thong-bao', stats: '/kien-nghi/thong-ke' };

function stats(groupBy: string) {
  return { groupBy, count: 12, answered: 9, overdue: 1, medianDaysToAnswer: 18, reanswerRate: 12.5, busiestMonth: null, quietestMonth: null, groups: [] };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('StatsPage', () => {
  it('exports each grouping of the statistics as CSV, with the filters on screen', async () => {
    signIn();
    window.history.replaceState(null, '', '/kien-nghi/thong-ke?from=2025-01-01&to=2025-12-31');
    const { requests } = stubFetch((request) => {
      if (new URL(request.url).pathname !== '/api/v1/recommendations/stats') return jsonResponse({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 });
      const groupBy = new URL(request.url).searchParams.get('groupBy') ?? 'field';
      return request.headers.get('Accept')?.startsWith('text/csv')
        ? new Response('\uFEFFkey,label,count\n', { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': `attachment; filename="thong-ke-kien-nghi-theo-${groupBy}.csv"` } })
        : jsonResponse(stats(groupBy));
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:csv'), revokeObjectURL: vi.fn() }));
    let saved = '';
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved = this.download;
    });

    renderWithQuery(<StatsPage links={LINKS} />);

    // Label queries: role queries over a page of charts and cards are slow in jsdom.
    fireEvent.click(await screen.findByLabelText('Xuất Excel/CSV: Kiến nghị theo nơi trả lời'));

    await waitFor(() => expect(click).toHaveBeenCalled());
    const csv = requests.find((r) => r.headers.get('Accept')?.startsWith('text/csv'))!;
    expect(Object.fromEntries(new URL(csv.url).searchParams)).toEqual({ from: '2025-01-01', to: '2025-12-31', groupBy: 'addressee' });
    expect(saved).toBe('thong-ke-kien-nghi-theo-addressee.csv');
    expect(screen.getByLabelText('Xuất Excel/CSV: Kiến nghị theo lĩnh vực')).toHaveRole('button');
    expect(screen.getByLabelText('Xuất Excel/CSV: Kiến nghị theo tháng')).toHaveRole('button');
    click.mockRestore();
  }, 30_000);
});
