import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn } from '@/test/session';
import { FOLLOW_FROM_BYTES, ImportPage } from './ImportPage';

const JOB = '00000000-0000-4000-8000-00000000f0b1';

function result(overrides: Record<string, unknown> = {}) {
  return {
    jobId: JOB,
    resource: 'meetings',
    dryRun: true,
    atomic: false,
    committed: false,
    total: 3,
    created: 1,
    updated: 0,
    unchanged: 1,
    failed: 1,
    errors: [{ row: 3, field: 'present', message: 'có mặt 20 + vắng có lý do 2 + vắng không lý do 0 + miễn 1 phải bằng tổng số 24' }],
    ...overrides,
  };
}

function pick(file: File) {
  fireEvent.change(screen.getByLabelText('Tệp CSV (UTF-8)'), { target: { files: [file] } });
}

describe('ImportPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('says plainly that nothing was written when an all-or-nothing import has a bad row, and shows the errors in the file’s words', async () => {
    signIn();
    const sent: URL[] = [];
    stubFetch((request) => {
      const url = new URL(request.url);
      sent.push(url);
      const dryRun = url.searchParams.get('dryRun') === 'true';
      // What the API answers: the counts of what would have happened, and committed false.
      return jsonResponse(
        result({
          dryRun,
          atomic: true,
          committed: false,
          created: 2,
          unchanged: 0,
          errors: [
            { row: 2, field: 'branchExternalId', column: 'Chi bộ (mã ngoài)', message: 'không có bản ghi nào mang mã ngoài "CB-9"' },
            { row: 3, field: 'kind', column: null, message: 'phải là REGULAR, THEMATIC, EXTRAORDINARY' },
          ],
        }),
      );
    });

    renderWithQuery(<ImportPage />);
    const csv = await new Response('Mã ngoài,Chi bộ (mã ngoài)\nBB-1,CB-1\n').blob();
    pick(Object.assign(csv, { name: 'bien-ban.csv' }) as unknown as File);
    fireEvent.click(screen.getByText('Tất cả hoặc không (một dòng lỗi thì không ghi gì)'));
    fireEvent.click(screen.getByText('Kiểm tra thử').closest('button')!);
    await screen.findByText('Không ghi gì vào hệ thống: đây mới là kiểm tra thử.');
    const commit = screen.getByText('Ghi vào hệ thống').closest('button')!;
    await waitFor(() => expect(commit).toBeEnabled());
    fireEvent.click(commit);

    const alert = await screen.findByText('Không ghi gì vào hệ thống: 1 dòng lỗi, mà đã chọn “Tất cả hoặc không”.');
    expect(alert.closest('.ant-alert')).toHaveClass('ant-alert-error');
    expect(sent[1]!.searchParams.get('atomic')).toBe('true');
    expect(sent[1]!.searchParams.get('dryRun')).toBe('false');
    expect(screen.queryByText(/Đã ghi/)).not.toBeInTheDocument();
    expect(screen.getByText('Tổng 3 dòng, lỗi 1. Nếu ghi: thêm mới 2, cập nhật 0, không đổi 0.')).toBeInTheDocument();
    // The toast too says so, not a green "Đã ghi".
    expect(await screen.findByText('Không ghi gì vào hệ thống')).toBeInTheDocument();
    // The column as the file had it; a field without one by its Vietnamese name; enum values with their labels.
    const first = screen.getByText(/mang mã ngoài "CB-9"/).closest('tr')!;
    expect(within(first).getByText('Chi bộ (mã ngoài)')).toBeInTheDocument();
    const second = screen.getByText(/phải là/).closest('tr')!;
    expect(within(second).getByText('Loại')).toBeInTheDocument();
    expect(within(second).getByText('phải là Thường kỳ (REGULAR), Chuyên đề (THEMATIC), Đột xuất (EXTRAORDINARY)')).toBeInTheDocument();
    expect(screen.getByText('Tải danh sách lỗi (CSV)')).toBeInTheDocument();
  }, 60_000);

  it('offers the chosen resource’s template to download', async () => {
    signIn();
    window.history.replaceState(null, '', '/nhap-du-lieu?loai=members');
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:mau');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const { requests } = stubFetch(
      () =>
        new Response('\uFEFFMã ngoài,Chi bộ (mã ngoài),Họ và tên\r\nMAU-DV-0001,MAU-CB-01,Nguyễn Văn Mẫu\r\n', {
          headers: { 'Content-Type': 'text/csv; charset=UTF-8', 'Content-Disposition': 'attachment; filename="mau-nhap-dang-vien.csv"' },
        }),
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('mau-nhap-dang-vien.csv');
    });

    renderWithQuery(<ImportPage />);
    fireEvent.click(screen.getByText('Tải tệp mẫu (Đảng viên)').closest('button')!);

    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(new URL(requests[0]!.url).pathname).toBe('/api/v1/imports/members/template');
    expect(requests[0]!.headers.get('Accept')).toMatch(/^text\/csv/);
    expect(await createObjectURL.mock.calls[0]![0].text()).toContain('Nguyễn Văn Mẫu');
    window.history.replaceState(null, '', '/');
  }, 60_000);

  it('runs the dry run, shows its row errors in a table, then commits the same file', async () => {
    signIn();
    const sent: { url: URL; type: string | null; key: string | null; body: string }[] = [];
    stubFetch(async (request) => {
      const url = new URL(request.url);
      sent.push({ url, type: request.headers.get('Content-Type'), key: request.headers.get('Idempotency-Key'), body: await request.text() });
      const dryRun = url.searchParams.get('dryRun') === 'true';
      return jsonResponse(result({ dryRun, committed: !dryRun }));
    });

    renderWithQuery(<ImportPage />);
    const commit = screen.getByText('Ghi vào hệ thống').closest('button')!;
    expect(commit).toBeDisabled();
    // Node's own Blob (as a browser's File would be), which its fetch sends as the body; jsdom's File it cannot.
    const csv = await new Response('Mã ngoài,Chi bộ (mã ngoài)\nBB-1,CB-1\n').blob();
    pick(Object.assign(csv, { name: 'bien-ban.csv' }) as unknown as File);
    fireEvent.click(screen.getByText('Kiểm tra thử').closest('button')!);

    // Text queries: role queries over antd's table are slow in jsdom.
    const message = await screen.findByText(/phải bằng tổng số 24/);
    const row = message.closest('tr')!;
    expect(row.closest('table')).not.toBeNull();
    // A field the file gave no column for: its Vietnamese name.
    expect(within(row).getByText('Có mặt')).toBeInTheDocument();
    expect(within(row).getByText('3')).toBeInTheDocument();
    expect(screen.getByText('Không ghi gì vào hệ thống: đây mới là kiểm tra thử.')).toBeInTheDocument();
    expect(screen.getByText('Tổng 3 dòng, lỗi 1. Nếu ghi: thêm mới 1, cập nhật 0, không đổi 1.')).toBeInTheDocument();
    expect(sent[0]!.url.pathname).toBe('/api/v1/imports/meetings');
    expect(sent[0]!.url.searchParams.get('dryRun')).toBe('true');
    expect(sent[0]!.url.searchParams.get('jobId')).toBeNull();
    expect(sent[0]!.type).toBe('text/csv');
    expect(sent[0]!.body).toBe('Mã ngoài,Chi bộ (mã ngoài)\nBB-1,CB-1\n');

    await waitFor(() => expect(commit).toBeEnabled());
    fireEvent.click(commit);
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]!.url.searchParams.get('dryRun')).toBe('false');
    expect(sent[1]!.key).toMatch(/.+/);
    expect((await screen.findAllByText('Đã ghi các dòng hợp lệ; 1 dòng lỗi không được ghi.')).length).toBeGreaterThan(0);
    expect(screen.getByText('Tổng 3 dòng: thêm mới 1, cập nhật 0, không đổi 1, lỗi 1.')).toBeInTheDocument();
  }, 60_000);

  it('names the job of a large file and shows its progress while the upload runs', async () => {
    signIn();
    let polls = 0;
    let jobId: string | null = null;
    let answer: (r: Response) => void = () => undefined;
    stubFetch((request) => {
      const url = new URL(request.url);
      if (request.method === 'POST') {
        jobId = url.searchParams.get('jobId');
        expect(jobId).toMatch(/^[0-9a-f-]{36}$/);
        return new Promise<Response>((resolve) => {
          answer = resolve;
        });
      }
      expect(url.pathname).toBe(`/api/v1/imports/${jobId}`);
      polls += 1;
      if (polls === 1) return jsonResponse({ jobId, resource: 'meetings', status: 'RUNNING', rowsDone: 40_000, rowsTotal: 100_000 });
      answer(jsonResponse(result({ total: 100000, created: 100000, unchanged: 0, failed: 0, errors: [] })));
      return jsonResponse({ jobId, resource: 'meetings', status: 'RUNNING', rowsDone: 90_000, rowsTotal: 100_000 });
    });

    renderWithQuery(<ImportPage />);
    pick(new File(['x'.repeat(FOLLOW_FROM_BYTES)], 'lon.csv', { type: 'text/csv' }));
    fireEvent.click(screen.getByText('Kiểm tra thử').closest('button')!);

    expect(await screen.findByText('Đang xử lý 40.000/100.000 dòng…')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '40');
    expect(await screen.findByText('Không có dòng nào lỗi.')).toBeInTheDocument();
    expect(polls).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
