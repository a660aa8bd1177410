import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn, testUser } from '@/test/session';
import { DISTRICT, recommendation } from './fixtures.test-data';
import { PublicationPage, termOf } from './PublicationPage';

const LINKS = { list: '/kien-nghi', briefings: '/kien-nghi/giao-ban', publication: '/kien-nghi/thong-bao', stats: '/kien-nghi/thong-ke' };
const BRIEFING = {
  id: '00000000-0000-4000-8000-00000000f001',
  externalId: null,
  zoneId: '00000000-0000-4000-8000-00000000e001',
  districtId: DISTRICT,
  hostOrganizationId: '00000000-0000-4000-8000-00000000b001',
  month: '2025-12',
  heldOn: '2025-12-06',
  attendees: [],
  attendeeCount: 12,
  version: 0,
  createdAt: '2025-12-06T02:00:00Z',
  updatedAt: '2025-12-06T02:00:00Z',
};
const page = (items: unknown[]) => ({ items, page: 0, size: 100, totalItems: items.length, totalPages: 1 });

afterEach(() => {
  vi.useRealTimers();
});

describe('termOf', () => {
  it.each([
    ['2024-12-28', '2020-2025'],
    ['2025-03-28', '2025-2030'],
    ['2026-01-08', '2025-2030'],
    ['2029-12-31', '2025-2030'],
    ['2030-01-02', '2030-2035'],
  ])('a notice issued on %s belongs to the term %s', (day, term) => expect(termOf(day)).toBe(term));
});

describe('PublicationPage', () => {
  it("numbers a notice in the term of its own date, not its briefing's: December's answers published in January", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-08T03:00:00Z'));
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE' }) });
    let published: Record<string, unknown> | undefined;
    const { requests } = stubFetch(async (request) => {
      const url = new URL(request.url);
      switch (url.pathname) {
        case '/api/v1/briefings':
          return jsonResponse(page([BRIEFING]));
        case '/api/v1/resolutions/next-number':
          return jsonResponse({ number: `${url.searchParams.get('term') === '2025-2030' ? 1 : 31}-TB/HU` });
        case '/api/v1/recommendations':
          return jsonResponse(page([recommendation({ status: 'ACCEPTED', briefingId: BRIEFING.id })]));
        case '/api/v1/recommendations/publications':
          if (request.method === 'POST') {
            published = (await request.json()) as Record<string, unknown>;
            return jsonResponse({ id: 'p1', externalId: null, briefingId: BRIEFING.id, zoneId: BRIEFING.zoneId, documentId: 'd1', documentNumber: '1-TB/HU', title: 'Thông báo', issuedOn: '2026-01-08', recommendationIds: ['r1'], version: 0, createdAt: '', updatedAt: '' }, 201);
          }
          return jsonResponse(page([]));
        default:
          return jsonResponse(page([]));
      }
    });

    renderWithQuery(<PublicationPage links={LINKS} hrefOf={(id) => `/kien-nghi/${id}`} documentHref={(id) => `/nghi-quyet/${id}`} />);

    expect(await screen.findByRole('status', { name: 'Nhiệm kỳ' })).toHaveTextContent('2025-2030');
    expect(await screen.findByText('Số trống tiếp theo: 1-TB/HU')).toBeInTheDocument();
    const asked = requests.filter((r) => new URL(r.url).pathname === '/api/v1/resolutions/next-number').map((r) => new URL(r.url).searchParams.get('term'));
    expect(asked).toEqual(['2025-2030']);

    fireEvent.click(screen.getByRole('button', { name: 'Ban hành thông báo' }));

    await waitFor(() => expect(published).toBeDefined());
    expect(published).toMatchObject({ briefingId: BRIEFING.id, number: '1-TB/HU' });
    // The term follows the date on the server too: not sent, never one that would be refused.
    expect(published).not.toHaveProperty('term');
  }, 30_000);
});
