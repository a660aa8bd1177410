import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn, testUser } from '@/test/session';
import { DISTRICT, page, PLAN_ID, studyPlan, studySession } from './fixtures.test-data';
import { StudyPlanDetail } from './StudyPlanDetail';

const LINKS = {
  plans: '/hoc-tap',
  resolution: (id: string) => `/nghi-quyet/${id}`,
  session: (id: string) => `/hoc-tap/buoi-hoc/${id}`,
  newSession: (id: string) => `/hoc-tap/${id}/ghi-buoi-hoc`,
};

function api(onStatus: (body: unknown) => Response = () => jsonResponse(studyPlan())) {
  return async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (request.method === 'POST' && path.endsWith('/status')) return onStatus(await request.json());
    if (path === `/api/v1/study-plans/${PLAN_ID}`) return jsonResponse(studyPlan());
    if (path === '/api/v1/study-sessions') return jsonResponse(page([studySession()]));
    if (path === `/api/v1/organizations/${DISTRICT}`) return jsonResponse({ id: DISTRICT, code: 'HU', name: 'Đảng bộ huyện Triệu Sơn', type: 'DISTRICT' });
    return jsonResponse(page([]));
  };
}

describe('a study plan’s page', () => {
  it('shows the document, the levels with their dates, the presenters, the action plans’ counts and the sessions with the server’s rate', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE', organizationId: DISTRICT }) });
    stubFetch(api());
    renderWithQuery(<StudyPlanDetail id={PLAN_ID} links={LINKS} />);

    expect(await screen.findByRole('heading', { level: 1, name: /199-KH\/HU/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '57-NQ/TW' })).toHaveAttribute('href', expect.stringContaining('/nghi-quyet/'));
    expect(screen.getByText('15/03/2024')).toBeInTheDocument();
    expect(screen.getByText('Lê Văn Hùng')).toBeInTheDocument();
    expect(screen.getByText('Đã duyệt 40 · chờ duyệt 6 · trả lại 2 · chưa nộp 10 (tổng 58)')).toBeInTheDocument();
    expect(screen.getByText('· 3 quá hạn')).toHaveClass('text-danger');
    const session = await screen.findByRole('link', { name: 'Hội nghị học tập, quán triệt Nghị quyết số 57-NQ/TW' });
    expect(session).toHaveAttribute('href', expect.stringContaining('/hoc-tap/buoi-hoc/'));
    expect(screen.getByText('99,8%')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ghi buổi học tập' })).toBeInTheDocument();
  });

  it('offers the legal next steps to the office and moves the plan on', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE', organizationId: DISTRICT }) });
    let sent: unknown;
    stubFetch(
      api((body) => {
        sent = body;
        return jsonResponse(studyPlan({ status: 'COMPLETED', allowedTransitions: [] }));
      }),
    );
    renderWithQuery(<StudyPlanDetail id={PLAN_ID} links={LINKS} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Chuyển sang: Hoàn thành' }));
    await waitFor(() => expect(sent).toEqual({ status: 'COMPLETED' }));
    expect(await screen.findByText('Đã chuyển sang “Hoàn thành”.')).toBeInTheDocument();
  });

  it('gives a branch secretary no step, no editing and no session to record', async () => {
    signIn({ user: testUser({ role: 'BRANCH_SECRETARY', organizationId: DISTRICT }) });
    stubFetch(api());
    renderWithQuery(<StudyPlanDetail id={PLAN_ID} links={LINKS} />);
    expect(await screen.findByText('Không còn bước nào hợp lệ lúc này.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Chuyển sang/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Sửa kế hoạch/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ghi buổi học tập' })).not.toBeInTheDocument();
  });
});
