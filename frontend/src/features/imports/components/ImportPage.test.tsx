import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
    expect(within(row).getByText('present')).toBeInTheDocument();
    expect(within(row).getByText('3')).toBeInTheDocument();
    expect(screen.getByText('Tổng 3 dòng: thêm mới 1, cập nhật 0, không đổi 1, lỗi 1.')).toBeInTheDocument();
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
    expect((await screen.findAllByText('Đã ghi vào hệ thống.')).length).toBeGreaterThan(0);
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
