import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn, testUser } from '@/test/session';
import type { Recommendation } from '../api/types';
import { BRANCH, DEPARTMENT, entries, organization, REC_ID, recommendation } from './fixtures.test-data';
import { RecommendationDetail } from './RecommendationDetail';

/** The API as the detail page sees it; `onStep` answers the thread's POSTs. */
function api(r: Recommendation, onStep: (path: string, request: Request) => Promise<Response> | Response) {
  return async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (request.method === 'POST') return onStep(path, request);
    if (path.endsWith('/entries')) return jsonResponse({ items: entries(), page: 0, size: 200, totalItems: 2, totalPages: 1 });
    if (path === `/api/v1/organizations/${DEPARTMENT}`) return jsonResponse(organization(DEPARTMENT, 'Phòng Nông nghiệp và PTNT'));
    // A department may not read a branch's record: the raiser's name comes with the recommendation.
    if (path === `/api/v1/organizations/${BRANCH}`) return problemResponse(403, { title: 'Không có quyền' });
    return jsonResponse(r);
  };
}

describe('RecommendationDetail', () => {
  it('shows the thread as a timeline and lets the addressed department answer, with the document number required', async () => {
    signIn({ user: testUser({ role: 'RESPONDER', username: 'phongnongnghiep', organizationId: DEPARTMENT }) });
    const sent: { path: string; ifMatch: string | null; body: unknown }[] = [];
    stubFetch(
      api(recommendation(), async (path, request) => {
        sent.push({ path, ifMatch: request.headers.get('If-Match'), body: await request.json() });
        return jsonResponse(recommendation({ status: 'ANSWERED', nextSteps: ['ACCEPTED', 'REANSWER_REQUESTED'], version: 2 }));
      }),
    );

    renderWithQuery(<RecommendationDetail id={REC_ID} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Nạo vét kênh tưới tiêu thôn Đột Lĩnh' })).toBeInTheDocument();
    expect(screen.getByText(/^Quá hạn \d+ ngày$/)).toBeInTheDocument();
    const details = within(screen.getByRole('heading', { name: 'Thông tin kiến nghị' }).closest('.ant-card') as HTMLElement);
    expect(details.getByText('Chi bộ thôn Đột Lĩnh')).toBeInTheDocument();
    expect(details.getByText('Phòng Nông nghiệp và PTNT')).toBeInTheDocument();
    expect(await screen.findByText('215-CV/HU')).toBeInTheDocument();
    expect(screen.getByText('Chuyển trả lời')).toBeInTheDocument();
    const actions = within(screen.getByRole('heading', { name: 'Việc tiếp theo của bạn' }).closest('.ant-card') as HTMLElement);
    expect(actions.getAllByRole('button').map((b) => b.textContent)).toEqual(['Trả lời']);

    fireEvent.click(actions.getByRole('button', { name: 'Trả lời' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Nội dung trả lời'), { target: { value: 'Đưa vào kế hoạch nạo vét quý I/2026.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gửi' }));
    expect(await within(dialog).findByText('Câu trả lời phải có số văn bản.')).toBeInTheDocument();
    expect(sent).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('Số văn bản trả lời'), { target: { value: '58/PNN-TL' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gửi' }));
    await waitFor(() =>
      expect(sent).toEqual([
        {
          path: `/api/v1/recommendations/${REC_ID}/answers`,
          ifMatch: '"1"',
          body: { body: 'Đưa vào kế hoạch nạo vét quý I/2026.', documentNumber: '58/PNN-TL' },
        },
      ]),
    );
    expect(await screen.findByText('Đã gửi câu trả lời.')).toBeInTheDocument();
  });

  it('offers the office to accept or request a re-answer (with a reason), and shows a 409 naming the allowed steps', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE' }) });
    const answered = recommendation({ status: 'ANSWERED', nextSteps: ['ACCEPTED', 'REANSWER_REQUESTED'], overdue: false, version: 4 });
    let body: unknown;
    stubFetch(
      api(answered, async (_path, request) => {
        body = await request.json();
        return problemResponse(409, {
          type: 'urn:nennep:problem:invalid-transition',
          title: 'Chuyển trạng thái không hợp lệ',
          detail: 'Kiến nghị đã được chấp nhận. Bước tiếp theo được phép: PUBLISHED.',
        });
      }),
    );

    renderWithQuery(<RecommendationDetail id={REC_ID} />);
    const card = within((await screen.findByRole('heading', { name: 'Việc tiếp theo của bạn' })).closest('.ant-card') as HTMLElement);
    expect(card.getAllByRole('button').map((b) => b.textContent)).toEqual(['Chấp nhận câu trả lời', 'Yêu cầu trả lời lại', 'Thêm ý kiến']);
    expect(screen.queryByText(/^Quá hạn/)).not.toBeInTheDocument();

    fireEvent.click(card.getByRole('button', { name: 'Yêu cầu trả lời lại' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gửi' }));
    expect(await within(dialog).findByText('Yêu cầu trả lời lại phải nêu lý do.')).toBeInTheDocument();

    fireEvent.change(within(dialog).getByLabelText('Lý do'), { target: { value: 'Chưa nêu rõ thời gian hoàn thành.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gửi' }));
    await waitFor(() => expect(body).toEqual({ verdict: 'REANSWER_REQUIRED', reason: 'Chưa nêu rõ thời gian hoàn thành.' }));
    expect(await within(dialog).findByText('Kiến nghị đã được chấp nhận. Bước tiếp theo được phép: PUBLISHED.')).toBeInTheDocument();
  });

  it('offers nothing to a role that may not move the thread', async () => {
    signIn({ user: testUser({ role: 'INSPECTOR' }) });
    stubFetch(api(recommendation(), () => jsonResponse({})));
    renderWithQuery(<RecommendationDetail id={REC_ID} />);
    expect(await screen.findByText('Bạn không có thao tác nào ở trạng thái này.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Trả lời' })).not.toBeInTheDocument();
  });
});
