import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn, testUser } from '@/test/session';
import { BRANCH, branchApi, ROSTER, TEMPLATES } from './MeetingEntry.fixtures';
import { MeetingEntry } from './MeetingEntry';
import { countRoll, nextStatus } from './roll';

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

    renderWithQuery(<MeetingEntry onSaved={onSaved} onCancel={() => {}} hrefOf={(id) => `/sinh-hoat/${id}`} />);

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
    expect(procedure).toHaveLength(3);
    expect(procedure.filter((p) => p.done).map((p) => p.step.split(':')[0])).toEqual(['Khai mạc']);
    expect(onSaved.mock.calls[0]![0]).toMatchObject({ id: '00000000-0000-4000-8000-0000000000e1' });
  }, 40_000);

  it('puts the server’s field errors under their fields, lists them at the top as links, focuses the first, and keeps the list until fixed', async () => {
    signIn({ user: testUser({ role: 'BRANCH_SECRETARY', organizationId: BRANCH }) });
    stubFetch(
      branchApi(() =>
        problemResponse(422, {
          type: 'urn:nennep:problem:validation',
          title: 'Dữ liệu không hợp lệ',
          detail: 'Một số trường dữ liệu không hợp lệ; xem chi tiết trong danh sách lỗi.',
          errors: [
            { field: 'chair', message: 'dài tối đa 255 ký tự' },
            { field: 'attendance[1].reason', message: 'cần lý do vắng' },
            { field: 'procedure[0].step', message: 'bước này không có trong trình tự sinh hoạt của chi bộ' },
          ],
        }),
      ),
    );

    renderWithQuery(<MeetingEntry onSaved={() => {}} onCancel={() => {}} hrefOf={(id) => `/sinh-hoat/${id}`} />);
    await screen.findByRole('button', { name: /Nguyễn Văn An\s*:\s*Có mặt/ });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    const summary = await screen.findByRole('alert', { name: 'Chưa lưu được biên bản: 3 chỗ cần sửa' });
    const items = within(summary).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Chủ trì: dài tối đa 255 ký tự',
      'Lý do vắng của Trần Thị Bình: cần lý do vắng',
      'Trình tự sinh hoạt: bước này không có trong trình tự sinh hoạt của chi bộ',
    ]);
    expect(within(items[0]!).getByRole('link', { name: 'Chủ trì' })).toBeInTheDocument();
    expect(within(items[2]!).queryByRole('link')).not.toBeInTheDocument();
    // Under their fields too, and the first field in error has the focus.
    const chair = screen.getByRole('textbox', { name: 'Chủ trì' });
    await waitFor(() => expect(chair.closest('.ant-form-item')).toHaveTextContent('dài tối đa 255 ký tự'));
    expect(screen.getByText('cần lý do vắng')).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toBe(chair));
    // The toast points at the list that is there, not at the server's "danh sách lỗi".
    const toast = (await screen.findByText('Chưa lưu biên bản')).closest('.ant-notification-notice') as HTMLElement;
    expect(toast).toHaveTextContent('Có 3 chỗ cần sửa; danh sách ở đầu biểu mẫu.');
    expect(toast).not.toHaveTextContent('danh sách lỗi');

    // A link takes the user to its field; a field changed leaves the list, the others stay.
    fireEvent.click(within(summary).getByRole('link', { name: 'Lý do vắng của Trần Thị Bình' }));
    const reason = screen.getByRole('textbox', { name: 'Lý do vắng' });
    expect(document.activeElement).toBe(reason);
    fireEvent.change(chair, { target: { value: 'Nguyễn Văn An' } });
    await waitFor(() => expect(within(summary).getAllByRole('listitem')).toHaveLength(2));
    expect(screen.getByRole('alert', { name: 'Chưa lưu được biên bản: 2 chỗ cần sửa' })).toBeInTheDocument();
  }, 40_000);

  it('shows the checklist and score sheet the templates endpoint gives, and sends them back', async () => {
    signIn({ user: testUser({ role: 'BRANCH_SECRETARY', organizationId: BRANCH }) });
    let sent: Record<string, unknown> | undefined;
    stubFetch(
      branchApi((body) => {
        sent = body as Record<string, unknown>;
        return jsonResponse({ id: '00000000-0000-4000-8000-0000000000e2', ...sent }, 201);
      }),
    );
    const onSaved = vi.fn();

    renderWithQuery(<MeetingEntry onSaved={onSaved} onCancel={() => {}} hrefOf={(id) => `/sinh-hoat/${id}`} />);

    await screen.findByRole('checkbox', { name: /^Chuẩn bị/ });
    expect(screen.getAllByRole('checkbox').filter((c) => c.closest('.checklist')).map((c) => c.closest('label')!.textContent)).toEqual(TEMPLATES.procedure);
    expect(screen.getByText('Tổng điểm: 0/100')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: 'Tiến hành sinh hoạt (60)' }), { target: { value: '55' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Đảng viên dự sinh hoạt (40)' }), { target: { value: '40' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Thảo luận, biểu quyết nghị quyết' }));
    await screen.findByText('Tổng điểm: 95/100');
    await screen.findByRole('button', { name: /Nguyễn Văn An\s*:\s*Có mặt/ });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent!.procedure).toEqual([
      { step: TEMPLATES.procedure[0], done: false },
      { step: TEMPLATES.procedure[1], done: false },
      { step: TEMPLATES.procedure[2], done: true },
    ]);
    expect(sent!.score).toEqual({
      criteria: [
        { code: 'ATTENDANCE', points: 40 },
        { code: 'CONDUCT', points: 55 },
      ],
    });
  }, 40_000);

  it('edits a record against the current templates: ticks and points matched by step text and criterion code', async () => {
    signIn({ user: testUser({ role: 'BRANCH_SECRETARY', organizationId: BRANCH }) });
    const id = '00000000-0000-4000-8000-0000000000e3';
    const stored = {
      id,
      branchId: BRANCH,
      kind: 'REGULAR',
      held: true,
      startedAt: '2025-03-05T14:00:00+07:00',
      endedAt: '2025-03-05T15:45:00+07:00',
      rollKnown: true,
      attendance: ROSTER.map((m) => ({ memberId: m.id, fullName: m.fullName, status: m.exempt ? 'EXEMPT' : 'PRESENT', reason: null })),
      membersTotal: 4,
      present: 3,
      excused: 0,
      unexcused: 0,
      exempt: 1,
      guests: [],
      opinions: [],
      opinionCount: 0,
      // Stored in another order, with a step the checklist no longer has.
      procedure: [
        { step: 'Khai mạc: thông qua chương trình, cử thư ký', done: true },
        { step: 'Thông tin thời sự', done: true },
        { step: 'Chuẩn bị: chi ủy họp trước, dự kiến nội dung', done: false },
        { step: 'Thảo luận, biểu quyết nghị quyết', done: true },
      ],
      tasks: [],
      vote: null,
      score: {
        criteria: [
          { code: 'CONDUCT', name: 'Tiến hành sinh hoạt', max: 60, key: false, points: 50 },
          { code: 'PREPARATION', name: 'Công tác chuẩn bị', max: 10, key: false, points: 8 },
          { code: 'ATTENDANCE', name: 'Đảng viên dự sinh hoạt', max: 40, key: true, points: null },
        ],
        total: 58,
        band: 'POOR',
      },
      pilot: false,
      combined: false,
      version: 4,
    };
    let sent: Record<string, unknown> | undefined;
    let ifMatch: string | null = null;
    stubFetch(
      branchApi(
        (body, request) => {
          sent = body as Record<string, unknown>;
          ifMatch = request.headers.get('If-Match');
          return jsonResponse({ ...stored, ...sent, version: 5 });
        },
        (request) => (request.method === 'GET' && new URL(request.url).pathname === `/api/v1/meetings/${id}` ? jsonResponse(stored) : null),
      ),
    );
    const onSaved = vi.fn();

    renderWithQuery(<MeetingEntry meetingId={id} onSaved={onSaved} onCancel={() => {}} hrefOf={(id) => `/sinh-hoat/${id}`} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sửa biên bản' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /^Khai mạc/ })).toBeChecked());
    expect(screen.getByRole('checkbox', { name: /^Chuẩn bị/ })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^Thảo luận/ })).toBeChecked();
    expect(screen.queryByRole('checkbox', { name: 'Thông tin thời sự' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Tiến hành sinh hoạt (60)' })).toHaveValue('50');
    expect(screen.getByText(/sẽ không được lưu lại: Thông tin thời sự; Công tác chuẩn bị/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(ifMatch).toBe('"4"');
    expect(sent!.procedure).toEqual([
      { step: TEMPLATES.procedure[0], done: false },
      { step: TEMPLATES.procedure[1], done: true },
      { step: TEMPLATES.procedure[2], done: true },
    ]);
    expect(sent!.score).toEqual({ criteria: [{ code: 'CONDUCT', points: 50 }] });
  }, 40_000);

  it('shows the problem when the templates cannot be read, and does not save without them', async () => {
    signIn({ user: testUser({ role: 'BRANCH_SECRETARY', organizationId: BRANCH }) });
    const saved = vi.fn(() => jsonResponse({}, 201));
    stubFetch(
      branchApi(saved, (request) =>
        new URL(request.url).pathname.endsWith('/meeting-templates')
          ? problemResponse(503, { type: 'urn:nennep:problem:unavailable', title: 'Dịch vụ tạm thời không sẵn sàng' })
          : null,
      ),
    );

    renderWithQuery(<MeetingEntry onSaved={() => {}} onCancel={() => {}} hrefOf={(id) => `/sinh-hoat/${id}`} />);

    expect(await screen.findAllByText('Dịch vụ tạm thời không sẵn sàng')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Lưu' })).toBeDisabled();
    expect(saved).not.toHaveBeenCalled();
  }, 40_000);
});
