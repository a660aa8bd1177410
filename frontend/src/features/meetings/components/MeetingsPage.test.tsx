import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { formatDateTime } from '@/lib/format';
import { signIn, testUser } from '@/test/session';
import { BRANCH } from './MeetingEntry.fixtures';
import { MeetingsPage } from './MeetingsPage';

function meeting(n: number, extra: Record<string, unknown> = {}) {
  return {
    id: `00000000-0000-4000-8000-0000000000c${n}`,
    branchId: BRANCH,
    kind: 'REGULAR',
    theme: null,
    held: true,
    startedAt: `2025-0${n}-05T19:30:00+07:00`,
    endedAt: `2025-0${n}-05T21:15:00+07:00`,
    durationMinutes: 105,
    attendanceRate: 91.7,
    rollKnown: true,
    guests: [],
    opinions: [],
    opinionCount: 3,
    procedure: [],
    tasks: [],
    pilot: false,
    combined: false,
    version: 0,
    createdAt: '2025-01-01T00:00:00+07:00',
    updatedAt: '2025-01-01T00:00:00+07:00',
    ...extra,
  };
}

function api() {
  return stubFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/meetings') {
      return jsonResponse({
        items: [meeting(3), meeting(2, { kind: 'THEMATIC', theme: 'Học tập và làm theo tư tưởng Hồ Chí Minh', attendanceRate: 66.7 })],
        page: 0,
        size: 20,
        totalItems: 2,
        totalPages: 1,
      });
    }
    return jsonResponse({});
  });
}

/** A phone's screen: every max-width query matches, no min-width one. */
function phone() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: /max-width/.test(query),
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }));
}

describe('MeetingsPage', () => {
  it('shows a card per record on a phone, each fact within the width, and orders them as chosen', async () => {
    phone();
    signIn({ user: testUser({ role: 'BRANCH_SECRETARY', organizationId: BRANCH }) });
    const { requests } = api();

    renderWithQuery(<MeetingsPage newHref="/sinh-hoat/moi" hrefOf={(id) => `/sinh-hoat/${id}`} />);

    const list = await screen.findByRole('list', { name: 'Sinh hoạt chi bộ' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const cards = within(list).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]!).getByRole('link', { name: formatDateTime(meeting(3).startedAt) })).toHaveAttribute('href', `/sinh-hoat/${meeting(3).id}`);
    expect(cards[0]).toHaveTextContent('Tỷ lệ dự91,7%');
    expect(cards[0]).toHaveTextContent('Ý kiến3');
    expect(cards[0]).toHaveTextContent('Thời lượng105 phút');
    expect(cards[1]).toHaveTextContent('Chuyên đề · Học tập và làm theo tư tưởng Hồ Chí Minh');
    expect(cards[1]).toHaveTextContent('66,7%');

    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Sắp xếp' }));
    fireEvent.click(await screen.findByText('Tỷ lệ dự thấp nhất trước'));
    await waitFor(() => expect(new URL(requests.at(-1)!.url).searchParams.get('sort')).toBe('attendanceRate,asc'));
    expect(window.location.search).toBe('?sort=attendanceRate%2Casc');
  });

  it('keeps the table on a wide screen', async () => {
    signIn({ user: testUser({ role: 'BRANCH_SECRETARY', organizationId: BRANCH }) });
    api();

    renderWithQuery(<MeetingsPage newHref="/sinh-hoat/moi" hrefOf={(id) => `/sinh-hoat/${id}`} />);

    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: formatDateTime(meeting(3).startedAt) })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Sinh hoạt chi bộ' })).not.toBeInTheDocument();
  });
});
