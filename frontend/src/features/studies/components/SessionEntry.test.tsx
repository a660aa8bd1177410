import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn, testUser } from '@/test/session';
import { DISTRICT, page, PLAN_ID, studyPlan, studySession } from './fixtures.test-data';
import { SessionEntry } from './SessionEntry';

const DISTRICT_ORG = { id: DISTRICT, code: 'HU-TS', name: 'Đảng bộ huyện Triệu Sơn', type: 'DISTRICT', parentId: null, memberCount: 0, version: 0 };

function api(onPost: (body: unknown) => Response) {
  return async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (request.method === 'POST' && path === '/api/v1/study-sessions') return onPost(await request.json());
    if (path === `/api/v1/study-plans/${PLAN_ID}`) return jsonResponse(studyPlan());
    if (path === `/api/v1/organizations/${DISTRICT}`) return jsonResponse(DISTRICT_ORG);
    if (path === '/api/v1/organizations') return jsonResponse(page([DISTRICT_ORG]));
    return jsonResponse(page([]));
  };
}

async function fillOnePoint() {
  fireEvent.click(await screen.findByRole('button', { name: 'Thêm điểm cầu' }));
  fireEvent.change(await screen.findByLabelText('Tên điểm cầu 1'), { target: { value: 'Điểm cầu xã Dân Lực' } });
  const more = (what: string) => screen.getByRole('button', { name: `Điểm cầu 1 · ${what}: thêm 1` });
  for (let i = 0; i < 3; i += 1) fireEvent.click(more('Triệu tập'));
  for (let i = 0; i < 2; i += 1) fireEvent.click(more('Có mặt'));
  fireEvent.change(screen.getByLabelText('Tại hội trường · Triệu tập'), { target: { value: '10' } });
  fireEvent.change(screen.getByLabelText('Tại hội trường · Có mặt'), { target: { value: '10' } });
}

describe('recording a study session', () => {
  it('counts a bridge point with − and +, previews the rate as such, and says the rate the server computed', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE', organizationId: DISTRICT }) });
    let sent: Record<string, unknown> | undefined;
    stubFetch(
      api((body) => {
        sent = body as Record<string, unknown>;
        return jsonResponse(studySession(), 201);
      }),
    );
    const onSaved = vi.fn();
    renderWithQuery(<SessionEntry studyPlanId={PLAN_ID} onSaved={onSaved} onCancel={() => {}} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Ghi buổi học tập' })).toBeInTheDocument();
    expect(screen.getByLabelText('Tên buổi học tập')).toHaveValue('Hội nghị học tập, quán triệt 57-NQ/TW');
    await fillOnePoint();
    expect(screen.getByLabelText('Điểm cầu 1 · Triệu tập')).toHaveValue('3');
    expect(screen.getByLabelText('Điểm cầu 1 · Có mặt')).toHaveValue('2');
    // 12 within 13 expected: a preview, labelled so.
    expect(await screen.findByText('Xem trước (chưa lưu): tỷ lệ tham dự 92,3%')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent).toMatchObject({
      studyPlanId: PLAN_ID,
      organizationId: DISTRICT,
      format: 'HYBRID',
      audience: 'KEY_CADRES',
      inPersonExpected: 10,
      inPersonAttended: 10,
      bridgePoints: [{ name: 'Điểm cầu xã Dân Lực', hostOrganizationId: null, expected: 3, attended: 2 }],
    });
    expect(sent).not.toHaveProperty('participationRate');
    // The message gives the server's figure, not the preview.
    expect(await screen.findByText('Đã lưu buổi học tập. Tỷ lệ tham dự máy chủ tính: 99,8%.')).toBeInTheDocument();
  });

  it('puts the server’s refusal of a walk-in count under that point’s field', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE', organizationId: DISTRICT }) });
    stubFetch(
      api(() =>
        problemResponse(422, {
          type: 'urn:nennep:problem:validation',
          title: 'Dữ liệu không hợp lệ',
          errors: [{ field: 'bridgePoints[0].attended', message: 'Có mặt vượt số triệu tập quá mức cho phép: tối đa 4 người.' }],
        }),
      ),
    );
    const onSaved = vi.fn();
    renderWithQuery(<SessionEntry studyPlanId={PLAN_ID} onSaved={onSaved} onCancel={() => {}} />);
    await fillOnePoint();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Có mặt vượt số triệu tập quá mức cho phép: tối đa 4 người.')).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('refuses a present count without its expected count before sending anything', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE', organizationId: DISTRICT }) });
    const { requests } = stubFetch(api(() => jsonResponse(studySession(), 201)));
    renderWithQuery(<SessionEntry studyPlanId={PLAN_ID} onSaved={() => {}} onCancel={() => {}} />);
    fireEvent.change(await screen.findByLabelText('Tại hội trường · Có mặt'), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Nhập số triệu tập trước khi nhập số có mặt.')).toBeInTheDocument();
    expect(requests.every((r) => r.method === 'GET')).toBe(true);
  });
});

describe('a hybrid session’s counts', () => {
  it('asks for the hall’s expected count and a bridge point before sending, and shows the server’s word on the points', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE', organizationId: DISTRICT }) });
    const { requests } = stubFetch(api(() => jsonResponse(studySession(), 201)));
    renderWithQuery(<SessionEntry studyPlanId={PLAN_ID} onSaved={() => {}} onCancel={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Hình thức kết hợp: nhập số triệu tập tại hội trường.')).toBeInTheDocument();
    expect(await screen.findByText('Hình thức kết hợp: thêm ít nhất một điểm cầu.')).toBeInTheDocument();
    expect(requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('shows a refusal about the bridge points as a whole under the list', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE', organizationId: DISTRICT }) });
    stubFetch(
      api(() =>
        problemResponse(422, {
          type: 'urn:nennep:problem:validation',
          title: 'Dữ liệu không hợp lệ',
          errors: [{ field: 'bridgePoints', message: 'Buổi học tập trực tiếp không có điểm cầu.' }],
        }),
      ),
    );
    renderWithQuery(<SessionEntry studyPlanId={PLAN_ID} onSaved={() => {}} onCancel={() => {}} />);
    await fillOnePoint();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Buổi học tập trực tiếp không có điểm cầu.')).toBeInTheDocument();
  });
});
