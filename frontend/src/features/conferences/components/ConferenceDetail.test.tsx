import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn, testUser } from '@/test/session';
import { ConferenceDetail } from './ConferenceDetail';

const ID = '00000000-0000-4000-8000-0000000000c1';

function conference(overrides: Record<string, unknown> = {}) {
  return {
    id: ID,
    externalId: null,
    organizerId: '00000000-0000-4000-8000-0000000000bb',
    kind: 'THEMATIC',
    title: 'Hội nghị chuyên đề về phân loại rác thải tại nguồn',
    problem: 'Rác thải sinh hoạt chưa được phân loại.',
    status: 'SURVEYED',
    allowedTransitions: ['SCHEDULED', 'CANCELLED'],
    scheduledOn: '2023-08-17',
    heldOn: null,
    survey: { achievements: 'Đã có mô hình điểm.', limitations: null, causes: null },
    sites: [],
    participantCount: 0,
    opinionCount: 0,
    resolutionIds: [],
    version: 3,
    createdAt: '2023-06-01T02:00:00Z',
    updatedAt: '2023-06-01T02:00:00Z',
    ...overrides,
  };
}

function api(onStatus: (body: unknown) => Response) {
  return async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path.endsWith('/status')) return onStatus(await request.json());
    if (path.endsWith('/follow-ups')) return jsonResponse({ items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 });
    return jsonResponse(conference());
  };
}

describe('ConferenceDetail', () => {
  it('offers only the legal next steps, and moves the conference on', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE' }) });
    let sent: unknown;
    stubFetch(
      api((body) => {
        sent = body;
        return jsonResponse(conference({ status: 'SCHEDULED', allowedTransitions: ['HELD', 'CANCELLED'] }));
      }),
    );

    renderWithQuery(<ConferenceDetail id={ID} resolutionHref={(id) => `/nghi-quyet/${id}`} />);

    expect(await screen.findByRole('heading', { level: 1, name: /phân loại rác thải/ })).toBeInTheDocument();
    const steps = screen.getAllByRole('button', { name: /^Chuyển sang/ }).map((b) => b.textContent);
    expect(steps).toEqual(['Chuyển sang: Đã lên lịch', 'Chuyển sang: Đã hủy']);

    fireEvent.click(screen.getByRole('button', { name: 'Chuyển sang: Đã lên lịch' }));
    await waitFor(() => expect(sent).toEqual({ status: 'SCHEDULED' }));
    expect(await screen.findByText('Đã chuyển sang “Đã lên lịch”.')).toBeInTheDocument();
  });

  it('shows the problem when a move is refused', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE' }) });
    stubFetch(
      api(() =>
        problemResponse(409, {
          type: 'urn:nennep:problem:invalid-transition',
          title: 'Chuyển trạng thái không hợp lệ',
          detail: 'Hội nghị chưa có ngày dự kiến.',
        }),
      ),
    );

    renderWithQuery(<ConferenceDetail id={ID} resolutionHref={(id) => id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Chuyển sang: Đã lên lịch' }));

    expect(await screen.findByText('Chuyển trạng thái không hợp lệ')).toBeInTheDocument();
    expect(screen.getByText('Hội nghị chưa có ngày dự kiến.')).toBeInTheDocument();
  });

  it('offers no step and no editing to a role that may only read', async () => {
    signIn({ user: testUser({ role: 'INSPECTOR' }) });
    stubFetch(api(() => jsonResponse({})));

    renderWithQuery(<ConferenceDetail id={ID} resolutionHref={(id) => id} />);

    expect(await screen.findByText('Không còn bước nào hợp lệ lúc này.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Chuyển sang/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Kết quả đạt được' })).toBeDisabled();
  });

  it('names the resolutions it issued by their numbers, each a link to the document', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE' }) });
    const issued = '00000000-0000-4000-8000-0000000000d1';
    stubFetch(async (request) => {
      const path = new URL(request.url).pathname;
      if (path === `/api/v1/resolutions/${issued}`) {
        return jsonResponse({ id: issued, number: '17-NQ/HU', title: 'Nghị quyết chuyên đề về nâng cao chất lượng sinh hoạt chi bộ' });
      }
      if (path.endsWith('/follow-ups')) return jsonResponse({ items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 });
      return jsonResponse(conference({ status: 'RESOLUTION_ISSUED', allowedTransitions: ['FOLLOW_UP'], resolutionIds: [issued] }));
    });

    renderWithQuery(<ConferenceDetail id={ID} resolutionHref={(id) => `/nghi-quyet/${id}`} />);

    expect(await screen.findByRole('link', { name: '17-NQ/HU' })).toHaveAttribute('href', `/nghi-quyet/${issued}`);
    expect(screen.queryByRole('link', { name: 'Nghị quyết, văn bản' })).not.toBeInTheDocument();
  });

  it('keeps a site’s count as typed and says when it is not a whole number, sending nothing until it is', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE' }) });
    const { requests } = stubFetch(api(() => jsonResponse(conference())));
    renderWithQuery(<ConferenceDetail id={ID} resolutionHref={(id) => `/nghi-quyet/${id}`} />);

    fireEvent.click(await screen.findByRole('button', { name: 'Thêm điểm' }));
    const participants = await screen.findByLabelText('Lượt người dự');
    expect(participants).toHaveValue('0');
    fireEvent.change(participants, { target: { value: '12,5' } });
    expect(await screen.findByText('Nhập một số nguyên không âm (chỉ gồm chữ số).')).toBeInTheDocument();
    expect(participants).toHaveValue('12,5');
    fireEvent.change(participants, { target: { value: '125' } });
    await waitFor(() => expect(screen.queryByText('Nhập một số nguyên không âm (chỉ gồm chữ số).')).not.toBeInTheDocument());
    expect(participants).toHaveValue('125');
    expect(requests.every((r) => r.method === 'GET')).toBe(true);
  });
});
