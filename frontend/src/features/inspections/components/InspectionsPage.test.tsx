import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn, testUser } from '@/test/session';
import { INSPECTION_ID, inspection } from './fixtures.test-data';
import { InspectionReportPage } from './InspectionReportPage';
import { InspectionsPage } from './InspectionsPage';

const LINKS = { list: '/kiem-tra', report: '/kiem-tra/tong-hop', inspection: (id: string) => `/kiem-tra/${id}` };
const page = (items: unknown[]) => jsonResponse({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });

describe('InspectionsPage', () => {
  it('lists the inspections with the server’s overdue count in red, and filters on the server', async () => {
    signIn({ user: testUser({ role: 'INSPECTOR' }) });
    const { requests } = stubFetch(async (request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/inspections') return page([inspection()]);
      return page([]);
    });
    renderWithQuery(<InspectionsPage links={LINKS} />);

    expect(await screen.findByRole('link', { name: '12-KH/HU' })).toHaveAttribute('href', `/kiem-tra/${INSPECTION_ID}`);
    expect(screen.getByText('Quá hạn: 1')).toBeInTheDocument();
    expect(screen.getByText('Đảng bộ xã Dân Lực')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Lập kế hoạch/ })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Chỉ cuộc có khắc phục quá hạn' }));
    await waitFor(() =>
      expect(requests.some((r) => new URL(r.url).pathname === '/api/v1/inspections' && new URL(r.url).searchParams.get('overdueRemedies') === 'true')).toBe(true),
    );
  });

  it('offers a branch secretary no new inspection', async () => {
    signIn({ user: testUser({ role: 'BRANCH_SECRETARY' }) });
    stubFetch(async () => page([]));
    renderWithQuery(<InspectionsPage links={LINKS} />);
    expect(await screen.findByText('Chưa có cuộc kiểm tra, giám sát nào phù hợp')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Lập kế hoạch/ })).not.toBeInTheDocument();
  });
});

describe('InspectionReportPage', () => {
  it('shows the year’s figures as the server counted them', async () => {
    const org = '00000000-0000-4000-8000-0000000000bb';
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE', organizationId: org }) });
    const { requests } = stubFetch(async (request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/reports/inspections') {
        return jsonResponse({
          organizationId: org,
          year: Number(url.searchParams.get('year')),
          asOf: '2026-12-06',
          planned: 7,
          held: 5,
          concluded: 4,
          closed: 2,
          cancelled: 1,
          findings: [{ area: 'ACTION_PLAN', rating: 'VIOLATIONS', count: 3 }],
          remedies: { total: 6, open: 2, overdue: 1, done: 3, waived: 1 },
          subjects: [
            { organizationId: 's1', organizationName: 'Đảng bộ xã Dân Lực', inspections: 2, findings: { GOOD: 1, SATISFACTORY: 0, SHORTCOMINGS: 2, VIOLATIONS: 3 }, remediesOpen: 2, remediesOverdue: 1 },
          ],
        });
      }
      return jsonResponse({ items: [], page: 0, size: 30, totalItems: 0, totalPages: 0 });
    });
    renderWithQuery(<InspectionReportPage links={LINKS} />);

    expect(await screen.findByText('Số liệu tính đến 06/12/2026')).toBeInTheDocument();
    expect(screen.getByText('Theo kế hoạch')).toBeInTheDocument();
    expect(screen.getByText('7')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Đảng bộ xã Dân Lực' })).toBeInTheDocument();
    const asked = requests.find((r) => new URL(r.url).pathname === '/api/v1/reports/inspections')!;
    expect(new URL(asked.url).searchParams.get('organizationId')).toBe(org);
  });
});
