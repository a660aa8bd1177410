import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, stubFetch } from '@/test/fetch-mock';
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

describe('document numbers and tiers', () => {
  it.each(['17-NQ/HU', '05-NQ/HU', '199-KH/HU', '02-CT/ĐU'])('%s is well formed', (n) => expect(NUMBER_PATTERN.test(n)).toBe(true));
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
