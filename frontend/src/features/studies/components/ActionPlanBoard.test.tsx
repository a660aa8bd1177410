import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn, testUser } from '@/test/session';
import { ActionPlanBoard } from './ActionPlanBoard';
import { actionPlan, COMMUNE, DISTRICT, page, PLAN_ID } from './fixtures.test-data';

const OVERDUE = actionPlan({ id: '00000000-0000-4000-8000-0000000a0002', organizationId: '00000000-0000-4000-8000-00000000c0c2', organizationName: 'Đảng bộ xã Thọ Dân', overdue: true });
const SUBMITTED = actionPlan({
  id: '00000000-0000-4000-8000-0000000a0003',
  organizationId: '00000000-0000-4000-8000-00000000c0c3',
  organizationName: 'Đảng bộ thị trấn Nưa',
  status: 'SUBMITTED',
  allowedTransitions: ['ACCEPTED', 'RETURNED'],
  documentNumber: '15-KH/ĐU',
  firstSubmittedOn: '2024-05-20',
  submittedOn: '2024-05-20',
  submittedLate: true,
  version: 3,
});

function api(onStatus: (path: string, body: unknown) => Response) {
  return async (request: Request) => {
    const url = new URL(request.url);
    if (request.method === 'POST') return onStatus(url.pathname, await request.json());
    if (url.searchParams.get('overdue') === 'true') return jsonResponse(page([OVERDUE]));
    if (url.searchParams.get('status') === 'PENDING') return jsonResponse(page([actionPlan(), OVERDUE]));
    return jsonResponse(page([actionPlan(), OVERDUE, SUBMITTED]));
  };
}

describe('the action-plan board', () => {
  it('says who has not submitted, marks the overdue in red and the late, and lets the office return one with a reason', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE', organizationId: DISTRICT }) });
    let sent: { path: string; body: unknown } | undefined;
    stubFetch(
      api((path, body) => {
        sent = { path, body };
        return jsonResponse({ ...SUBMITTED, status: 'RETURNED' });
      }),
    );
    renderWithQuery(<ActionPlanBoard studyPlanId={PLAN_ID} />);

    expect(await screen.findByText('Chưa nộp: 2 tổ chức')).toBeInTheDocument();
    expect(screen.getByText('Quá hạn: 1')).toHaveClass('text-danger');
    const overdueRow = screen.getByText('Đảng bộ xã Thọ Dân').closest('tr')!;
    expect(overdueRow).toHaveClass('row-overdue');
    expect(within(overdueRow).getByText('Quá hạn')).toBeInTheDocument();
    const submittedRow = screen.getByText('Đảng bộ thị trấn Nưa').closest('tr')!;
    expect(within(submittedRow).getByText('Nộp muộn')).toBeInTheDocument();

    fireEvent.click(within(submittedRow).getByRole('button', { name: 'Trả lại' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    expect(await within(dialog).findByText(/Lý do trả lại/)).toBeInTheDocument();
    expect(sent).toBeUndefined();
    fireEvent.change(within(dialog).getByLabelText('Lý do trả lại'), { target: { value: 'Chưa cụ thể hóa chỉ tiêu của xã.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    await waitFor(() => expect(sent).toBeDefined());
    expect(sent).toEqual({ path: `/api/v1/action-plans/${SUBMITTED.id}/status`, body: { status: 'RETURNED', reason: 'Chưa cụ thể hóa chỉ tiêu của xã.' } });
    expect(await screen.findByText('Đã trả lại kế hoạch hành động của Đảng bộ thị trấn Nưa.')).toBeInTheDocument();
  });

  it('lets a grassroots committee submit its own, and shows the server’s refusal of the number under the field', async () => {
    signIn({ user: testUser({ role: 'GRASSROOTS_OFFICER', organizationId: COMMUNE }) });
    stubFetch(
      api(() =>
        problemResponse(422, {
          type: 'urn:nennep:problem:validation',
          title: 'Dữ liệu không hợp lệ',
          errors: [{ field: 'documentNumber', message: 'Số văn bản phải là một kế hoạch (KH).' }],
        }),
      ),
    );
    renderWithQuery(<ActionPlanBoard studyPlanId={PLAN_ID} />);

    const own = (await screen.findByText('Đảng bộ xã Dân Lực')).closest('tr')!;
    expect(screen.getAllByRole('button', { name: 'Nộp kế hoạch' })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Duyệt' })).not.toBeInTheDocument();
    fireEvent.click(within(own).getByRole('button', { name: 'Nộp kế hoạch' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Số kế hoạch hành động'), { target: { value: '12-NQ/ĐU' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Nộp kế hoạch' }));
    expect(await within(dialog).findByText('Số văn bản phải là một kế hoạch (KH).')).toBeInTheDocument();
  });
});
