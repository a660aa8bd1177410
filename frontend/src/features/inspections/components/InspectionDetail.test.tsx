import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn, testUser } from '@/test/session';
import { COMMITTEE, COMMITTEE_ORG, INSPECTION_ID, inspection } from './fixtures.test-data';
import { InspectionDetail } from './InspectionDetail';

const LINKS = { list: '/kiem-tra', report: '/kiem-tra/tong-hop', inspection: (id: string) => `/kiem-tra/${id}` };

/** The API of one inspection: GET answers `current()`, the writes are answered by the handlers given. */
type Json = Record<string, unknown>;

function api(current: () => Json, on: { status?: (body: unknown) => Response; put?: (body: unknown, request: Request) => Response }) {
  return async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === `/api/v1/organizations/${COMMITTEE}`) return jsonResponse(COMMITTEE_ORG);
    if (path.endsWith('/status') && on.status) return on.status(await request.json());
    if (request.method === 'PUT' && on.put) return on.put(await request.json(), request);
    return jsonResponse(current());
  };
}

const render = () => renderWithQuery(<InspectionDetail id={INSPECTION_ID} links={LINKS} resolutionHref={(id) => `/nghi-quyet/${id}`} />);

describe('InspectionDetail', () => {
  it('starts a planned inspection: the move the server allows is offered, and the page says what the server did', async () => {
    signIn({ user: testUser({ role: 'INSPECTOR' }) });
    let current: Json = inspection({ status: 'PLANNED', allowedTransitions: ['IN_PROGRESS', 'CANCELLED'], conclusion: null, findings: [], remedies: [], openRemedies: 0, overdueRemedies: 0 });
    let sent: unknown;
    stubFetch(
      api(() => current, {
        status: (body) => {
          sent = body;
          current = { ...current, status: 'IN_PROGRESS', allowedTransitions: ['CANCELLED'], version: 6 };
          return jsonResponse(current);
        },
      }),
    );
    render();

    expect(await screen.findByRole('heading', { level: 1, name: /học tập, quán triệt/ })).toBeInTheDocument();
    expect(await screen.findByText('Đảng bộ huyện Triệu Sơn')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Bắt đầu tiến hành' }));
    await waitFor(() => expect(sent).toEqual({ status: 'IN_PROGRESS' }));
    expect(await screen.findByText('Đã chuyển sang “Đang tiến hành”.')).toBeInTheDocument();
    // The conclusion is not yet given: the move is still offered, for the server to say what is missing.
    expect(screen.getByRole('button', { name: 'Kết luận' })).toBeInTheDocument();
  });

  it('shows the server’s 409 naming the open remedy when closing, then closes once the remedy is marked done', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE' }) });
    let current: Json = inspection();
    let put: { body: unknown; ifMatch: string | null } | null = null;
    stubFetch(
      api(() => current, {
        status: () =>
          current.openRemedies === 1
            ? problemResponse(409, {
                type: 'urn:nennep:problem:invalid-transition',
                title: 'Chuyển trạng thái không hợp lệ',
                detail: 'Chưa thể kết thúc: còn yêu cầu khắc phục chưa xong.',
                errors: [{ field: 'remedies[0].status', message: 'Yêu cầu khắc phục 1 (Đảng bộ xã Dân Lực) còn đang khắc phục.' }],
              })
            : jsonResponse((current = { ...current, status: 'CLOSED', closedOn: '2024-07-01', allowedTransitions: [], version: 7 })),
        put: (body, request) => {
          put = { body, ifMatch: request.headers.get('If-Match') };
          const remedies = (body as { remedies: Record<string, unknown>[] }).remedies;
          current = { ...current, remedies, openRemedies: 0, overdueRemedies: 0, allowedTransitions: ['CLOSED'], version: 6 };
          return jsonResponse(current);
        },
      }),
    );
    render();

    fireEvent.click(await screen.findByRole('button', { name: 'Kết thúc cuộc' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Chưa thể kết thúc: còn yêu cầu khắc phục chưa xong.')).toBeInTheDocument();
    expect(within(alert).getByText('Yêu cầu khắc phục 1 (Đảng bộ xã Dân Lực) còn đang khắc phục.')).toBeInTheDocument();
    expect(screen.getByText(/Quá hạn: 1/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Đã khắc phục' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('radio', { name: 'Đã khắc phục' })).toBeChecked();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(put).not.toBeNull());
    expect(put!.ifMatch).toBe('"5"');
    const sent = put!.body as { remedies: { status: string; doneOn: string | null }[]; conclusion: unknown; planNumber: string };
    expect(sent.remedies[0]!.status).toBe('DONE');
    expect(sent.remedies[0]!.doneOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sent.planNumber).toBe('12-KH/HU');
    expect(await screen.findByText('Đã lưu yêu cầu khắc phục.')).toBeInTheDocument();
    // The refusal spoke of the record as it was: gone once the record changed.
    await waitFor(() => expect(screen.queryByText('Chưa thể kết thúc: còn yêu cầu khắc phục chưa xong.')).not.toBeInTheDocument());

    fireEvent.click(screen.getByRole('button', { name: 'Kết thúc cuộc' }));
    expect(await screen.findByText('Đã chuyển sang “Đã kết thúc”.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thêm yêu cầu khắc phục' })).not.toBeInTheDocument();
  });

  it('puts the server’s field errors of a remedy under the dialog’s fields', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE' }) });
    stubFetch(
      api(() => inspection(), {
        put: () =>
          problemResponse(422, {
            type: 'urn:nennep:problem:validation',
            title: 'Dữ liệu không hợp lệ',
            errors: [{ field: 'remedies[0].dueOn', message: 'Hạn khắc phục không được trước ngày kết luận 2024-05-20.' }],
          }),
      }),
    );
    render();

    fireEvent.click(await screen.findByRole('button', { name: 'Sửa: Yêu cầu 1' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Hạn khắc phục không được trước ngày kết luận 20/05/2024.')).toBeInTheDocument();
  });

  it('puts a conclusion number the server refuses under its field', async () => {
    signIn({ user: testUser({ role: 'INSPECTOR' }) });
    let sent: { conclusion?: { number?: string } } | null = null;
    stubFetch(
      api(() => inspection({ status: 'IN_PROGRESS', allowedTransitions: ['CONCLUDED', 'CANCELLED'], conclusion: null, remedies: [] }), {
        put: (body) => {
          sent = body as typeof sent;
          return problemResponse(422, {
            type: 'urn:nennep:problem:validation',
            title: 'Dữ liệu không hợp lệ',
            errors: [{ field: 'conclusion.number', message: 'Số kết luận phải là văn bản loại KL.' }],
          });
        },
      }),
    );
    render();

    fireEvent.change(await screen.findByLabelText('Số kết luận'), { target: { value: '47-NQ/HU' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu kết luận' }));
    expect(await screen.findByText('Số kết luận phải là văn bản loại KL.')).toBeInTheDocument();
    expect(sent!.conclusion?.number).toBe('47-NQ/HU');
  });

  it('offers no move and no editing to a branch secretary, who only reads', async () => {
    signIn({ user: testUser({ role: 'BRANCH_SECRETARY' }) });
    stubFetch(api(() => inspection({ allowedTransitions: ['CLOSED'] }), {}));
    render();

    expect(await screen.findByText('Không còn bước nào lúc này.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Kết thúc cuộc' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thêm kết quả' })).not.toBeInTheDocument();
    expect(screen.getByText('47-KL/HU')).toBeInTheDocument();
  });
});
