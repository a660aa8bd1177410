import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn, testUser } from '@/test/session';
import { MeetingEntry } from './MeetingEntry';
import { countRoll, nextStatus } from './roll';

const BRANCH = '00000000-0000-4000-8000-0000000000b1';

function member(n: number, extra: Record<string, unknown> = {}) {
  return {
    id: `00000000-0000-4000-8000-00000000010${n}`,
    organizationId: BRANCH,
    fullName: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'][n - 1],
    status: 'FULL',
    exempt: false,
    version: 0,
    createdAt: '2025-01-01T00:00:00+07:00',
    updatedAt: '2025-01-01T00:00:00+07:00',
    ...extra,
  };
}

const ROSTER = [member(1), member(2), member(3), member(4, { exempt: true, exemptReason: 'Tuổi cao, sức yếu' })];

/** The branch's context as the API gives it, and the saved record echoed back. */
function branchApi(saved: (body: unknown) => Response) {
  return async (request: Request) => {
    const url = new URL(request.url);
    if (request.method === 'POST' && url.pathname === '/api/v1/meetings') return saved(await request.json());
    if (url.pathname === `/api/v1/organizations/${BRANCH}/members`) {
      return jsonResponse({ items: ROSTER, page: 0, size: 200, totalItems: 4, totalPages: 1 });
    }
    if (url.pathname === `/api/v1/organizations/${BRANCH}`) {
      return jsonResponse({ id: BRANCH, code: 'NS-ANLAM-01', name: 'Chi bộ thôn Đột Lĩnh', type: 'BRANCH', memberCount: 4 });
    }
    if (url.pathname === '/api/v1/meetings/carry-over') {
      return jsonResponse({
        items: [{ meetingId: 'm0', carriedFromTaskId: '00000000-0000-4000-8000-0000000000f1', title: 'Sửa đường thôn', status: 'OPEN' }],
      });
    }
    if (url.pathname === '/api/v1/meetings') return jsonResponse({ items: [], page: 0, size: 1, totalItems: 0, totalPages: 0 });
    return jsonResponse({});
  };
}

describe('the roll call rules', () => {
  it('cycles a tapped member through present, excused, unexcused and exempt', () => {
    expect(['PRESENT', 'EXCUSED', 'UNEXCUSED', 'EXEMPT'].map((s) => nextStatus(s as never))).toEqual([
      'EXCUSED',
      'UNEXCUSED',
      'EXEMPT',
      'PRESENT',
    ]);
  });

  it('counts the rate as present ÷ (members − exempt), one decimal, none when nobody had to attend', () => {
    expect(countRoll(['PRESENT', 'PRESENT', 'UNEXCUSED', 'EXEMPT'])).toMatchObject({ present: 2, exempt: 1, rate: 66.7 });
    expect(countRoll(['EXEMPT']).rate).toBeNull();
  });
});

describe('MeetingEntry', () => {
  it('records the roll a tap per member, with last month’s open task, and hands back the saved record', async () => {
    signIn({ user: testUser({ role: 'BRANCH_SECRETARY', organizationId: BRANCH }) });
    let sent: Record<string, unknown> | undefined;
    stubFetch(
      branchApi((body) => {
        sent = body as Record<string, unknown>;
        return jsonResponse({ id: '00000000-0000-4000-8000-0000000000e1', ...sent }, 201);
      }),
    );
    const onSaved = vi.fn();

    renderWithQuery(<MeetingEntry onSaved={onSaved} onCancel={() => {}} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Ghi biên bản' })).toBeInTheDocument();
    await screen.findByRole('button', { name: /Nguyễn Văn An\s*:\s*Có mặt/ });
    expect(screen.getByRole('button', { name: /Phạm Thị Dung\s*:\s*Miễn sinh hoạt/ })).toBeInTheDocument();
    expect(await screen.findByDisplayValue('Sửa đường thôn')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: /Trần Thị Bình\s*:\s*Có mặt/ }));
    fireEvent.click(screen.getByRole('button', { name: /Trần Thị Bình\s*:\s*Vắng có phép/ }));
    expect(screen.getByRole('button', { name: /Trần Thị Bình\s*:\s*Vắng không phép/ })).toBeInTheDocument();
    expect(screen.getByText('Có mặt 2/3 phải dự · tỷ lệ 66,7%')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('checkbox', { name: /^Khai mạc/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent).toMatchObject({
      branchId: BRANCH,
      kind: 'REGULAR',
      held: true,
      attendance: [
        { memberId: ROSTER[0]!.id, status: 'PRESENT', reason: null },
        { memberId: ROSTER[1]!.id, status: 'UNEXCUSED', reason: null },
        { memberId: ROSTER[2]!.id, status: 'PRESENT', reason: null },
        { memberId: ROSTER[3]!.id, status: 'EXEMPT', reason: null },
      ],
      tasks: [{ title: 'Sửa đường thôn', status: 'OPEN', carriedFromTaskId: '00000000-0000-4000-8000-0000000000f1' }],
      vote: null,
      score: null,
    });
    const procedure = sent!.procedure as { step: string; done: boolean }[];
    expect(procedure).toHaveLength(8);
    expect(procedure.filter((p) => p.done).map((p) => p.step.split(':')[0])).toEqual(['Khai mạc']);
    expect(onSaved.mock.calls[0]![0]).toMatchObject({ id: '00000000-0000-4000-8000-0000000000e1' });
  }, 40_000);

  it('puts the server’s field errors under their fields and the rest in a toast', async () => {
    signIn({ user: testUser({ role: 'BRANCH_SECRETARY', organizationId: BRANCH }) });
    stubFetch(
      branchApi(() =>
        problemResponse(422, {
          type: 'urn:nennep:problem:validation',
          title: 'Dữ liệu không hợp lệ',
          detail: 'Một số trường dữ liệu không hợp lệ; xem chi tiết trong danh sách lỗi.',
          errors: [
            { field: 'startedAt', message: 'không được ở tương lai' },
            { field: 'attendance[1].reason', message: 'cần lý do vắng' },
          ],
        }),
      ),
    );

    renderWithQuery(<MeetingEntry onSaved={() => {}} onCancel={() => {}} />);
    await screen.findByRole('button', { name: /Nguyễn Văn An\s*:\s*Có mặt/ });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('không được ở tương lai')).toBeInTheDocument();
    expect(await screen.findByText('cần lý do vắng')).toBeInTheDocument();
    const toast = await screen.findByText('Dữ liệu không hợp lệ');
    expect(within(toast.closest('.ant-notification-notice') as HTMLElement).getByText(/Một số trường/)).toBeInTheDocument();
  }, 40_000);
});
