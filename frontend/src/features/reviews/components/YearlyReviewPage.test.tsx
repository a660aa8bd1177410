import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn, testUser } from '@/test/session';
import { YearlyReviewPage } from './YearlyReviewPage';

const BRANCH = '00000000-0000-4000-8000-0000000000b1';
const MEMBER = '00000000-0000-4000-8000-0000000000d1';
const zero = { LATE: 0, INCOMPLETE_ATTENDANCE: 0, NOT_SERIOUS: 0, ABSENT_WITHOUT_LEAVE: 0, PRAISED: 0 };

const branchRow = {
  organizationId: BRANCH,
  organizationName: 'Chi bộ thôn 1',
  type: 'BRANCH',
  parentId: null,
  meetingsHeld: 12,
  regularHeld: 10,
  thematicHeld: 2,
  averageAttendanceRate: 91.7,
  bands: { Q1: 'GOOD', Q2: 'FAIR', Q3: null, Q4: 'GOOD' },
  studySessionsHeld: 1,
  remarks: { ...zero, LATE: 2 },
  actionPlans: { onTime: 0, late: 0, missing: 0, notDue: 0 },
  findings: { GOOD: 0, SATISFACTORY: 0, SHORTCOMINGS: 0, VIOLATIONS: 0 },
  remediesOpen: 0,
  remediesOverdue: 0,
};

function member(fullName: string | null) {
  return { memberId: MEMBER, fullName, meetingsAttended: 10, meetingsExcused: 1, meetingsUnexcused: 1, remarks: { ...zero, PRAISED: 1 }, tasksAssigned: 3, tasksDone: 2 };
}

function review(url: URL, fullName: string | null) {
  return jsonResponse({
    organizationId: BRANCH,
    organizationName: 'Chi bộ thôn 1',
    year: Number(url.searchParams.get('year')),
    asOf: '2026-12-06',
    organizations: [branchRow],
    members: [member(fullName)],
  });
}

describe('YearlyReviewPage', () => {
  it('shows a branch’s members and opens a member’s own figures, asked of the server by memberId', async () => {
    signIn({ user: testUser({ role: 'BRANCH_SECRETARY', organizationId: BRANCH }) });
    const { requests } = stubFetch(async (request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/reports/yearly-review') return review(url, 'Nguyễn Văn An');
      return jsonResponse({ items: [], page: 0, size: 30, totalItems: 0, totalPages: 0 });
    });
    renderWithQuery(<YearlyReviewPage />);

    expect(await screen.findByRole('heading', { name: 'Đảng viên của chi bộ' })).toBeInTheDocument();
    expect(screen.getByText('91,7%')).toBeInTheDocument();
    expect(screen.getByText('Đi muộn 2')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Nguyễn Văn An' }));

    const drawer = await screen.findByRole('dialog');
    await waitFor(() => expect(within(drawer).getByText('Nhiệm vụ được giao')).toBeInTheDocument());
    expect(requests.some((r) => new URL(r.url).searchParams.get('memberId') === MEMBER)).toBe(true);
    expect(window.location.search).toContain(`member=${MEMBER}`);
  });

  it('says a name is withheld when the server withholds it', async () => {
    signIn({ user: testUser({ role: 'INSPECTOR', organizationId: BRANCH }) });
    stubFetch(async (request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/reports/yearly-review') return review(url, null);
      return jsonResponse({ items: [], page: 0, size: 30, totalItems: 0, totalPages: 0 });
    });
    renderWithQuery(<YearlyReviewPage />);
    expect(await screen.findByRole('button', { name: 'Đảng viên 1 (tên được ẩn)' })).toBeInTheDocument();
  });

  it('shows the server’s refusal of another subtree', async () => {
    signIn({ user: testUser({ role: 'GRASSROOTS_OFFICER', organizationId: BRANCH }) });
    stubFetch(async (request) =>
      new URL(request.url).pathname === '/api/v1/reports/yearly-review'
        ? problemResponse(403, { type: 'urn:nennep:problem:forbidden', title: 'Không có quyền', detail: 'Tổ chức này nằm ngoài phạm vi của bạn.' })
        : jsonResponse({ items: [], page: 0, size: 30, totalItems: 0, totalPages: 0 }),
    );
    renderWithQuery(<YearlyReviewPage />);
    expect(await screen.findByText('Tổ chức này nằm ngoài phạm vi của bạn.')).toBeInTheDocument();
  });
});
