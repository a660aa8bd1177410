import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn, testUser } from '@/test/session';
import { COMMUNE, DISTRICT, page, SESSION_ID, studySession } from './fixtures.test-data';
import { SessionPage } from './SessionPage';

const LINKS = { plan: (id: string) => `/hoc-tap/${id}`, edit: (id: string) => `/hoc-tap/buoi-hoc/${id}/sua` };
const ORGS: Record<string, { id: string; name: string; type: string }> = {
  [DISTRICT]: { id: DISTRICT, name: 'Đảng bộ huyện Triệu Sơn', type: 'DISTRICT' },
  [COMMUNE]: { id: COMMUNE, name: 'Đảng bộ xã Dân Lực', type: 'GRASSROOTS' },
};

function remark(overrides: Record<string, unknown>) {
  return {
    id: `00000000-0000-4000-8000-0000000r${String(overrides.n)}`,
    externalId: null,
    sessionId: SESSION_ID,
    organizationId: COMMUNE,
    memberId: null,
    memberName: null,
    personName: null,
    kind: 'LATE',
    text: 'Đến muộn 20 phút.',
    version: 0,
    createdAt: '2024-03-12T05:00:00Z',
    updatedAt: '2024-03-12T05:00:00Z',
    ...overrides,
  };
}

function api(remarks: unknown[]) {
  return async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === `/api/v1/study-sessions/${SESSION_ID}`) return jsonResponse(studySession());
    if (path.endsWith('/remarks')) return jsonResponse(page(remarks));
    const org = ORGS[path.split('/').pop()!];
    return org ? jsonResponse({ ...org, code: 'X', parentId: null, memberCount: 0, version: 0 }) : jsonResponse(page([]));
  };
}

describe('a study session’s page', () => {
  it('shows the rate and totals the server computed: seed 004’s 99.8 %, 1,700 of 1,703, 36 points', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE', organizationId: DISTRICT }) });
    stubFetch(api([]));
    renderWithQuery(<SessionPage id={SESSION_ID} links={LINKS} />);

    expect(await screen.findByText('99,8%')).toBeInTheDocument();
    const facts = screen.getByText('Tổng có mặt').closest('dl')!;
    expect(facts).toHaveTextContent('Tổng có mặt1.700');
    expect(facts).toHaveTextContent('Tổng triệu tập1.703');
    expect(facts).toHaveTextContent('Số điểm cầu36');
    expect(facts).toHaveTextContent('Trực tuyến (các điểm cầu)1.350/1.353');
    expect(screen.getByRole('button', { name: /Sửa buổi học tập/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ghi nhận xét' })).toBeInTheDocument();
  });

  it('names the subject of each remark as the server gives it: a name, or that it is withheld', async () => {
    signIn({ user: testUser({ role: 'INSPECTOR', organizationId: DISTRICT }) });
    stubFetch(
      api([
        remark({ n: 1, kind: 'LATE', text: 'Đến muộn 20 phút.' }),
        remark({ n: 2, kind: 'NOT_SERIOUS', memberId: '00000000-0000-4000-8000-00000000ee01', memberName: null, text: 'Dùng điện thoại trong giờ học.' }),
        remark({ n: 3, kind: 'PRAISED', personName: 'Trần Thị Mai', text: 'Ghi chép đầy đủ.' }),
      ]),
    );
    renderWithQuery(<SessionPage id={SESSION_ID} links={LINKS} />);

    expect(await screen.findByText('Dùng điện thoại trong giờ học.')).toBeInTheDocument();
    expect(screen.getByText('Tên được ẩn với vai trò của bạn')).toBeInTheDocument();
    expect(screen.getByText('Trần Thị Mai')).toBeInTheDocument();
    expect(screen.getByText('Biểu dương')).toBeInTheDocument();
    // An inspector reads; it neither edits nor remarks.
    expect(screen.queryByRole('button', { name: /Sửa buổi học tập/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ghi nhận xét' })).not.toBeInTheDocument();
  });
});
