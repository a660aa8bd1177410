import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn, testUser } from '@/test/session';
import { BRANCH, branchApi } from './MeetingEntry.fixtures';
import { MeetingEntry } from './MeetingEntry';

const hrefOf = (id: string) => `/sinh-hoat/${id}`;

function renderEntry() {
  signIn({ user: testUser({ role: 'BRANCH_SECRETARY', organizationId: BRANCH }) });
  return renderWithQuery(<MeetingEntry onSaved={() => {}} onCancel={() => {}} hrefOf={hrefOf} />);
}

function field(name: string) {
  return screen.getByRole('textbox', { name });
}

async function summary() {
  return screen.findByRole('alert', { name: /^Chưa lưu được biên bản/ });
}

describe('MeetingEntry checks what it can before sending', () => {
  it('refuses points above a criterion’s maximum as typed, never lowering them to it (a 50 stays 50)', async () => {
    const saved = vi.fn(() => jsonResponse({}, 201));
    stubFetch(branchApi(saved));
    renderEntry();
    const conduct = await screen.findByRole('textbox', { name: 'Đảng viên dự sinh hoạt (40)' });

    fireEvent.change(conduct, { target: { value: '50' } });
    fireEvent.blur(conduct);
    expect(conduct).toHaveValue('50');
    expect(await screen.findByText('Điểm tối đa của tiêu chí này là 40; đã nhập 50.')).toBeInTheDocument();
    // Not counted in the total either, and not rounded: "4,5" is refused as it is.
    expect(screen.getByText('Tổng điểm: 0/100')).toBeInTheDocument();
    fireEvent.change(field('Tiến hành sinh hoạt (60)'), { target: { value: '4,5' } });
    fireEvent.blur(field('Tiến hành sinh hoạt (60)'));
    expect(field('Tiến hành sinh hoạt (60)')).toHaveValue('4,5');

    await screen.findByRole('button', { name: /Nguyễn Văn An\s*:\s*Có mặt/ });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    const list = await summary();
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Đảng viên dự sinh hoạt: Điểm tối đa của tiêu chí này là 40; đã nhập 50.',
      'Tiến hành sinh hoạt: Nhập một số nguyên không âm (chỉ gồm chữ số).',
    ]);
    await waitFor(() => expect(document.activeElement).toBe(conduct));
    expect(saved).not.toHaveBeenCalled();
  }, 40_000);

  it('takes a time typed as 19:30, and refuses an end before the start', async () => {
    // 10:00: the form proposes yesterday's meeting.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2025, 2, 6, 10, 0));
    onTestFinished(() => {
      vi.useRealTimers();
    });
    let sent: Record<string, unknown> | undefined;
    stubFetch(
      branchApi((body) => {
        sent = body as Record<string, unknown>;
        return jsonResponse({ id: '00000000-0000-4000-8000-0000000000e9', ...sent }, 201);
      }),
    );
    renderEntry();
    await screen.findByRole('button', { name: /Nguyễn Văn An\s*:\s*Có mặt/ });
    const start = screen.getByLabelText('Bắt đầu');
    const end = screen.getByLabelText('Kết thúc');
    expect(start).toHaveAttribute('type', 'time');
    expect(start).toHaveAttribute('step', '300');

    fireEvent.change(start, { target: { value: '19:30' } });
    fireEvent.change(end, { target: { value: '19:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    const list = await summary();
    expect(within(list).getByRole('listitem')).toHaveTextContent('Kết thúc: Giờ kết thúc phải sau giờ bắt đầu.');
    await waitFor(() => expect(document.activeElement).toBe(end));
    expect(sent).toBeUndefined();

    fireEvent.change(end, { target: { value: '21:15' } });
    // Fixed: the list goes.
    await waitFor(() => expect(screen.queryByRole('alert', { name: /^Chưa lưu được biên bản/ })).not.toBeInTheDocument());
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(sent).toBeDefined());
    expect(screen.getByLabelText('Ngày họp')).toHaveValue('05/03/2025');
    expect(sent!.startedAt).toBe(dayjs(new Date(2025, 2, 5, 19, 30)).format());
    expect(sent!.endedAt).toBe(dayjs(new Date(2025, 2, 5, 21, 15)).format());
  }, 40_000);

  it('without a roster, refuses counts that do not add up, a vote of more than those present, and a future time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2025, 2, 6, 20, 0));
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const saved = vi.fn(() => jsonResponse({}, 201));
    stubFetch(
      branchApi(saved, (request) =>
        new URL(request.url).pathname.endsWith('/members') ? jsonResponse({ items: [], page: 0, size: 200, totalItems: 0, totalPages: 0 }) : null,
      ),
    );
    renderEntry();
    await screen.findByText('Chi bộ chưa có danh sách đảng viên; nhập số lượng.');
    fireEvent.change(field('Đảng viên'), { target: { value: '24' } });
    fireEvent.change(field('Có mặt'), { target: { value: '20' } });
    fireEvent.change(field('Vắng có phép'), { target: { value: '2' } });
    fireEvent.change(field('Tán thành'), { target: { value: '21' } });
    fireEvent.change(field('Số biểu quyết'), { target: { value: '21' } });
    fireEvent.change(screen.getByLabelText('Bắt đầu'), { target: { value: '23:55' } });
    fireEvent.change(screen.getByLabelText('Kết thúc'), { target: { value: '23:59' } });
    // The form proposes today (it is 20:00): 23:55 tonight has not come yet.
    expect(screen.getByLabelText('Ngày họp')).toHaveValue('06/03/2025');

    fireEvent.click(await screen.findByRole('button', { name: 'Lưu' }));
    const list = await summary();
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Bắt đầu: Thời điểm này chưa đến: chỉ ghi biên bản buổi họp đã diễn ra.',
      'Kết thúc: Thời điểm này chưa đến: chỉ ghi biên bản buổi họp đã diễn ra.',
      'Có mặt: Có mặt 20 + vắng có phép 2 + vắng không phép 0 + miễn sinh hoạt 0 = 22, phải bằng tổng số đảng viên 24.',
      'Số biểu quyết: Số biểu quyết không thể lớn hơn số đảng viên có mặt (20).',
    ]);
    expect(saved).not.toHaveBeenCalled();
  }, 40_000);

  it('asks the reason of an excused absence before sending, under the member’s line', async () => {
    const saved = vi.fn(() => jsonResponse({}, 201));
    stubFetch(branchApi(saved));
    renderEntry();
    fireEvent.click(await screen.findByRole('button', { name: /Trần Thị Bình\s*:\s*Có mặt/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    const list = await summary();
    expect(within(list).getByRole('listitem')).toHaveTextContent('Lý do vắng của Trần Thị Bình: Vắng có phép phải ghi lý do.');
    const reason = screen.getByRole('textbox', { name: 'Lý do vắng' });
    await waitFor(() => expect(document.activeElement).toBe(reason));
    fireEvent.change(reason, { target: { value: 'Đi công tác' } });
    await waitFor(() => expect(screen.queryByRole('alert', { name: /^Chưa lưu được biên bản/ })).not.toBeInTheDocument());
    expect(saved).not.toHaveBeenCalled();
  }, 40_000);
});

describe('MeetingEntry and a second regular record of the month', () => {
  it('shows the server’s 409 under the day and offers to open the record the branch already has', async () => {
    const existingId = '00000000-0000-4000-8000-0000000000e7';
    stubFetch(
      branchApi(() =>
        problemResponse(409, {
          type: 'urn:nennep:problem:conflict',
          title: 'Xung đột dữ liệu',
          detail: 'Chi bộ đã có biên bản sinh hoạt thường kỳ tháng này (ngày 05/03/2025).',
          existingId,
          errors: [{ field: 'startedAt', message: 'đã có biên bản sinh hoạt thường kỳ tháng này (ngày 05/03/2025)' }],
        }),
      ),
    );
    renderEntry();
    await screen.findByRole('button', { name: /Nguyễn Văn An\s*:\s*Có mặt/ });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    const list = await screen.findByRole('alert', { name: 'Chưa lưu được biên bản' });
    expect(within(list).getByRole('listitem')).toHaveTextContent('Ngày họp: đã có biên bản sinh hoạt thường kỳ tháng này (ngày 05/03/2025)');
    expect(within(list).getByRole('link', { name: 'Mở biên bản đã có' })).toHaveAttribute('href', `/sinh-hoat/${existingId}`);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Ngày họp')));
    const toast = (await screen.findByText('Chưa lưu biên bản')).closest('.ant-notification-notice') as HTMLElement;
    expect(toast).toHaveTextContent('Có 1 chỗ cần sửa; danh sách ở đầu biểu mẫu.');
  }, 40_000);
});
