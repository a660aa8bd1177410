import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn, testUser } from '@/test/session';
import { BRANCH, ROSTER } from './MeetingEntry.fixtures';
import { MeetingDetail } from './MeetingDetail';

const ID = '00000000-0000-4000-8000-0000000000d1';

function stored(extra: Record<string, unknown> = {}) {
  return {
    id: ID,
    branchId: BRANCH,
    kind: 'REGULAR',
    held: true,
    startedAt: '2025-03-05T19:30:00+07:00',
    endedAt: '2025-03-05T21:15:00+07:00',
    durationMinutes: 105,
    chair: 'Nguyễn Văn An',
    minuteTaker: 'Lê Văn Cường',
    rollKnown: true,
    attendance: [
      { memberId: ROSTER[0]!.id, status: 'PRESENT', reason: null },
      { memberId: ROSTER[1]!.id, status: 'EXCUSED', reason: 'Đi viện chăm mẹ' },
      { memberId: ROSTER[2]!.id, status: 'UNEXCUSED', reason: null },
      { memberId: ROSTER[3]!.id, status: 'EXEMPT', reason: null },
    ],
    membersTotal: 4,
    present: 1,
    excused: 1,
    unexcused: 1,
    exempt: 1,
    attendanceRate: 33.3,
    guests: ['Đồng chí Trần Văn Khách, Đảng ủy viên xã', 'Bà Phạm Thị Hội, Chi hội trưởng phụ nữ'],
    opinions: [],
    opinionCount: 0,
    procedure: [],
    tasks: [],
    vote: { inFavour: 1, voters: 1 },
    score: null,
    pilot: false,
    combined: false,
    version: 1,
    createdAt: '2025-03-05T22:00:00+07:00',
    updatedAt: '2025-03-05T22:00:00+07:00',
    ...extra,
  };
}

function api(meeting: Record<string, unknown>) {
  return stubFetch((request) => {
    const path = new URL(request.url).pathname;
    if (path === `/api/v1/meetings/${ID}`) return jsonResponse(meeting);
    if (path === `/api/v1/meetings/${ID}/evaluation`) return jsonResponse([]);
    if (path === `/api/v1/organizations/${BRANCH}/members`) return jsonResponse({ items: ROSTER, page: 0, size: 200, totalItems: 4, totalPages: 1 });
    if (path === `/api/v1/organizations/${BRANCH}`) return jsonResponse({ id: BRANCH, code: 'NS-ANLAM-01', name: 'Chi bộ thôn Đột Lĩnh', type: 'BRANCH' });
    return jsonResponse({});
  });
}

describe('MeetingDetail', () => {
  it('shows all that was entered: chair, minute-taker, guests, each absent member with the reason, and the vote', async () => {
    signIn({ user: testUser({ role: 'BRANCH_SECRETARY', organizationId: BRANCH }) });
    api(stored());

    renderWithQuery(<MeetingDetail id={ID} editHref="/sinh-hoat/x/sua" />);

    expect(await screen.findByText('Nguyễn Văn An')).toBeInTheDocument();
    expect(screen.getByText('Lê Văn Cường', { selector: '.ant-descriptions-item-content *, .ant-descriptions-item-content' })).toBeInTheDocument();
    const guests = screen.getByRole('list', { name: 'Khách mời' });
    expect(within(guests).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Đồng chí Trần Văn Khách, Đảng ủy viên xã',
      'Bà Phạm Thị Hội, Chi hội trưởng phụ nữ',
    ]);
    expect(screen.getByRole('heading', { name: 'Vắng mặt (2)' })).toBeInTheDocument();
    const absent = await screen.findByRole('list', { name: 'Vắng mặt' });
    await within(absent).findByText('Trần Thị Bình');
    expect(within(absent).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Trần Thị Bình Vắng có phépĐi viện chăm mẹ',
      'Lê Văn Cường Vắng không phép',
    ]);
    expect(screen.getByText('1/1 đồng chí tán thành, đạt 100%')).toBeInTheDocument();
  });

  it('says what was not recorded, and lists no absentees for counts copied from a paper book', async () => {
    signIn({ user: testUser({ role: 'BRANCH_SECRETARY', organizationId: BRANCH }) });
    const { requests } = api(stored({ chair: null, minuteTaker: null, guests: [], vote: null, attendance: null, rollKnown: false }));

    renderWithQuery(<MeetingDetail id={ID} editHref="/sinh-hoat/x/sua" />);

    // antd's responsive Descriptions draws its rows again once it knows the width: wait for the settled page.
    await waitFor(() => expect(screen.getByText('Không có khách mời.')).toBeInTheDocument());
    expect(screen.getAllByText('Không ghi')).toHaveLength(3);
    expect(screen.queryByRole('heading', { name: /Vắng mặt/ })).not.toBeInTheDocument();
    // No roll to name: the roster is not asked for.
    expect(requests.some((r) => new URL(r.url).pathname.endsWith('/members'))).toBe(false);
  });
});
