import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn } from '@/test/session';
import { NewResolution, NUMBER_PATTERN } from './NewResolution';
import { tiersProblem } from './TargetEditor';

const DISTRICT = '00000000-0000-4000-8000-0000000000bb';

function api(request: Request): Response {
  const url = new URL(request.url);
  switch (url.pathname) {
    case '/api/v1/document-types':
      return jsonResponse({ items: [{ code: 'NQ', name: 'Nghị quyết', nameEn: 'Resolution' }], page: 0, size: 100, totalItems: 1, totalPages: 1 });
    case '/api/v1/resolutions/next-number':
      return jsonResponse({ number: '28-NQ/HU' });
    case '/api/v1/resolutions':
      return jsonResponse({
        items: url.searchParams.get('q') === '17-NQ/HU' ? [{ id: 'r17', number: '17-NQ/HU' }] : [],
        page: 0,
        size: 50,
        totalItems: 0,
        totalPages: 0,
      });
    case '/api/v1/organizations':
      return jsonResponse({
        items: [{ id: DISTRICT, code: 'HD-NS', name: 'Đảng bộ huyện Nam Sách', type: 'DISTRICT', memberCount: 7000 }],
        page: 0,
        size: 30,
        totalItems: 1,
        totalPages: 1,
      });
    default:
      return jsonResponse({ id: DISTRICT, code: 'HD-NS', name: 'Đảng bộ huyện Nam Sách', type: 'DISTRICT', memberCount: 7000 });
  }
}

describe('NewResolution', () => {
  it('checks the number as it is typed and proposes the next free one', async () => {
    signIn();
    stubFetch(api);
    renderWithQuery(<NewResolution onCreated={() => {}} onCancel={() => {}} />);

    const issuer = await screen.findByRole('combobox', { name: 'Cơ quan ban hành' });
    fireEvent.mouseDown(issuer);
    fireEvent.click((await screen.findAllByText('Đảng bộ huyện Nam Sách (HD-NS)', { selector: '.ant-select-item-option-content' }))[0]!);

    expect(await screen.findByText('Số trống tiếp theo: 28-NQ/HU')).toBeInTheDocument();

    const number = screen.getByRole('textbox', { name: 'Số hiệu' });
    fireEvent.change(number, { target: { value: '17 NQ HU' } });
    expect(await screen.findByText('Số hiệu phải có dạng số-loại/cơ quan, ví dụ 17-NQ/HU.')).toBeInTheDocument();

    // The same input all along (typing keeps its focus).
    expect(screen.getByRole('textbox', { name: 'Số hiệu' })).toBe(number);
    fireEvent.change(number, { target: { value: '17-NQ/HU' } });
    expect(await screen.findByText('Số 17-NQ/HU đã dùng trong nhiệm kỳ này.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lưu' })).toBeDisabled();

    fireEvent.click(screen.getByRole('button', { name: 'Dùng số này' }));
    expect(number).toHaveValue('28-NQ/HU');
    expect(await screen.findByText('Số hiệu còn trống.')).toBeInTheDocument();
  }, 30_000);
});

/** The API, with POST /resolutions answered by `created`; the bodies it was sent are kept in `sent`. */
function apiSaving(created: (body: Record<string, unknown>) => Response) {
  const sent: Record<string, unknown>[] = [];
  const stub = stubFetch(async (request) => {
    if (request.method === 'POST' && new URL(request.url).pathname === '/api/v1/resolutions') {
      const body = (await request.json()) as Record<string, unknown>;
      sent.push(body);
      return created(body);
    }
    return api(request);
  });
  return { sent, ...stub };
}

async function pick(combobox: HTMLElement, option: string) {
  fireEvent.mouseDown(combobox);
  fireEvent.click((await screen.findAllByText(option, { selector: '.ant-select-item-option-content' }))[0]!);
}

function fillTheRest(number: string) {
  fireEvent.change(screen.getByRole('textbox', { name: 'Số hiệu' }), { target: { value: number } });
  fireEvent.change(screen.getByRole('textbox', { name: 'Trích yếu' }), { target: { value: 'Về đột phá phát triển khoa học, công nghệ' } });
}

const formItemOf = (element: HTMLElement) => element.closest('.ant-form-item') as HTMLElement;

describe('NewResolution: who issues the document', () => {
  it('sends a committee of the tree as issuerId, the number hint naming documents from above too', async () => {
    signIn();
    const { sent } = apiSaving((body) => jsonResponse({ id: 'r1', ...body }, 201));
    renderWithQuery(<NewResolution onCreated={() => {}} onCancel={() => {}} />);

    expect(await screen.findByText('Dạng 17-NQ/HU; văn bản của cấp trên: 57-NQ/TW, 25-KH/TU')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Cấp ủy trong hệ thống' })).toBeChecked();
    await pick(await screen.findByRole('combobox', { name: 'Cơ quan ban hành' }), 'Đảng bộ huyện Nam Sách (HD-NS)');
    fillTheRest('28-NQ/HU');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ number: '28-NQ/HU', issuerId: DISTRICT, scopeOrganizationId: null });
    expect(sent[0]).not.toHaveProperty('issuerName');
  }, 30_000);

  it('registers a document from above by its issuer’s name, for a scope it then requires', async () => {
    signIn();
    const { sent, requests } = apiSaving((body) => jsonResponse({ id: 'r57', ...body, issuerId: null }, 201));
    const created: unknown[] = [];
    renderWithQuery(<NewResolution onCreated={(r) => created.push(r)} onCancel={() => {}} />);

    fireEvent.click(await screen.findByRole('radio', { name: 'Văn bản của cấp trên' }));
    const name = await screen.findByRole('textbox', { name: 'Cơ quan ban hành' });
    expect(screen.queryByRole('combobox', { name: 'Cơ quan ban hành' })).not.toBeInTheDocument();
    expect(within(formItemOf(name)).getByText('Bộ Chính trị, Ban Bí thư, Tỉnh ủy …')).toBeInTheDocument();
    fireEvent.change(name, { target: { value: '  Bộ Chính trị ' } });
    fillTheRest('57-NQ/TW');

    // Without the organization it applies to, nothing is sent.
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    const scope = screen.getByRole('combobox', { name: 'Phạm vi áp dụng' });
    await waitFor(() => expect(formItemOf(scope)).toHaveClass('ant-form-item-has-error'));
    expect(sent).toHaveLength(0);

    await pick(scope, 'Đảng bộ huyện Nam Sách (HD-NS)');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ number: '57-NQ/TW', issuerName: 'Bộ Chính trị', scopeOrganizationId: DISTRICT });
    expect(sent[0]).not.toHaveProperty('issuerId');
    await waitFor(() => expect(created).toHaveLength(1));
    // The next free number is a tree issuer's only.
    expect(requests.some((r) => new URL(r.url).pathname === '/api/v1/resolutions/next-number')).toBe(false);
  }, 30_000);

  it('shows the server’s 422 on issuerName at the issuer’s name', async () => {
    signIn();
    apiSaving(() =>
      problemResponse(422, {
        type: 'urn:nennep:problem:validation',
        title: 'Dữ liệu không hợp lệ',
        detail: 'Một số trường dữ liệu không hợp lệ; xem chi tiết trong danh sách lỗi.',
        errors: [{ field: 'issuerName', message: 'không được dài quá 200 ký tự' }],
      }),
    );
    renderWithQuery(<NewResolution onCreated={() => {}} onCancel={() => {}} />);

    fireEvent.click(await screen.findByRole('radio', { name: 'Văn bản của cấp trên' }));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Cơ quan ban hành' }), { target: { value: 'Tỉnh ủy Thanh Hóa' } });
    fillTheRest('25-KH/TU');
    await pick(screen.getByRole('combobox', { name: 'Phạm vi áp dụng' }), 'Đảng bộ huyện Nam Sách (HD-NS)');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    const error = await screen.findByText('không được dài quá 200 ký tự');
    expect(within(formItemOf(error)).getByRole('textbox', { name: 'Cơ quan ban hành' })).toHaveValue('Tỉnh ủy Thanh Hóa');
  }, 30_000);
});

describe('document numbers and tiers', () => {
  it.each(['17-NQ/HU', '05-NQ/HU', '199-KH/HU', '02-CT/ĐU', '57-NQ/TW', '25-KH/TU'])('%s is well formed', (n) => expect(NUMBER_PATTERN.test(n)).toBe(true));
  it.each(['17/NQ-HU', 'NQ-17/HU', '17-NQ', ''])('"%s" is not', (n) => expect(NUMBER_PATTERN.test(n)).toBe(false));

  it('accepts half-open tiers that follow one another, the last one open', () => {
    expect(
      tiersProblem([
        { minMembers: 0, maxMembers: 20, threshold: 3 },
        { minMembers: 20, maxMembers: 50, threshold: 5 },
        { minMembers: 50, maxMembers: null, threshold: 8 },
      ]),
    ).toBeNull();
  });

  it.each([
    ['a gap', [{ minMembers: 0, maxMembers: 20, threshold: 3 }, { minMembers: 25, maxMembers: null, threshold: 5 }], 'gap'],
    ['an overlap', [{ minMembers: 0, maxMembers: 20, threshold: 3 }, { minMembers: 10, maxMembers: null, threshold: 5 }], 'gap'],
    ['an open tier before the last', [{ minMembers: 0, maxMembers: null, threshold: 3 }, { minMembers: 20, maxMembers: null, threshold: 5 }], 'open'],
    ['an empty range', [{ minMembers: 20, maxMembers: 20, threshold: 3 }], 'order'],
  ])('refuses %s', (_name, tiers, problem) => expect(tiersProblem(tiers)).toBe(problem));
});
