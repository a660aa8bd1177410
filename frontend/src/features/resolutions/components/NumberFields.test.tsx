import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parseDecimal } from '@/components/NumberInput';
import { jsonResponse, problemResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn } from '@/test/session';
import { ResolutionDetail } from './ResolutionDetail';
import type { Target } from '../api/resolutions';
import { TargetEditor } from './TargetEditor';

vi.mock('@/components/Chart', () => ({ Chart: ({ label }: { label: string }) => <div role="img" aria-label={label} /> }));

const DISTRICT = '00000000-0000-4000-8000-0000000000bb';
const RESOLUTION = '00000000-0000-4000-8000-0000000000d1';

function api(request: Request): Response {
  const path = new URL(request.url).pathname;
  if (path === `/api/v1/resolutions/${RESOLUTION}`) {
    return jsonResponse({
      id: RESOLUTION,
      externalId: null,
      number: '17-NQ/HU',
      sequence: 17,
      documentType: 'NQ',
      issuerId: DISTRICT,
      issuerName: null,
      term: '2020-2025',
      issuedOn: '2025-03-01',
      title: 'Nâng cao chất lượng sinh hoạt chi bộ',
      conferenceId: null,
      scopeOrganizationId: DISTRICT,
      effectiveFrom: '2025-03-01',
      effectiveTo: null,
      targetCount: 0,
      version: 0,
      createdAt: '2025-03-01T08:00:00+07:00',
      updatedAt: '2025-03-01T08:00:00+07:00',
    });
  }
  if (path === `/api/v1/organizations/${DISTRICT}`) return jsonResponse({ id: DISTRICT, code: 'HD-NS', name: 'Đảng bộ huyện Nam Sách', type: 'DISTRICT', memberCount: 7000 });
  if (path.endsWith('/targets/t1') && request.method === 'PUT') return jsonResponse({ id: 't1', version: 3 });
  if (path.endsWith('/targets') && request.method === 'POST') return jsonResponse({ id: 't1', version: 0 }, 201);
  if (path.endsWith('/targets')) return jsonResponse({ items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 });
  if (path.endsWith('/compliance')) return jsonResponse({ resolutionId: RESOLUTION, organizationId: null, from: null, to: null, items: [] });
  if (path.endsWith('/effect')) return jsonResponse({ resolutionId: RESOLUTION, months: 6, items: [] });
  return problemResponse(404, { type: 'urn:nennep:problem:not-found', title: 'Không tìm thấy' });
}

describe('parseDecimal', () => {
  it('reads the decimal point and the Vietnamese decimal comma alike, and keeps anything else as text', () => {
    expect(parseDecimal('85,5')).toBe(85.5);
    expect(parseDecimal('85.5')).toBe(85.5);
    expect(parseDecimal(' 90 ')).toBe(90);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('abc')).toBe('abc');
    expect(parseDecimal('1.000,5')).toBe('1.000,5');
    expect(parseDecimal('8,5,5')).toBe('8,5,5');
  });
});

describe('the target editor’s numbers', () => {
  it('keeps 85,5 as typed and saves it as 85.5', async () => {
    signIn();
    const { requests } = stubFetch(api);
    renderWithQuery(<TargetEditor resolutionId={RESOLUTION} open onClose={() => {}} />);

    fireEvent.change(await screen.findByLabelText('Nội dung chỉ tiêu'), { target: { value: 'Tỷ lệ dự sinh hoạt' } });
    const threshold = screen.getByLabelText('Mức yêu cầu');
    fireEvent.change(threshold, { target: { value: '85,5' } });
    expect(threshold).toHaveValue('85,5');
    expect(screen.getByText(/dấu phẩy được hiểu là dấu thập phân/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const body = (await requests.find((r) => r.method === 'POST')!.clone().json()) as { threshold: number };
    expect(body.threshold).toBe(85.5);
    expect(threshold).toHaveValue('85,5');
  }, 30_000);

  it('refuses a rate above 100 with a message and leaves the text as typed', async () => {
    signIn();
    const { requests } = stubFetch(api);
    renderWithQuery(<TargetEditor resolutionId={RESOLUTION} open onClose={() => {}} />);

    fireEvent.change(await screen.findByLabelText('Nội dung chỉ tiêu'), { target: { value: 'Tỷ lệ dự sinh hoạt' } });
    const threshold = screen.getByLabelText('Mức yêu cầu');
    fireEvent.change(threshold, { target: { value: '150' } });
    expect(await screen.findByText('Tỷ lệ không được lớn hơn 100 %.')).toBeInTheDocument();
    expect(threshold).toHaveValue('150');

    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Tỷ lệ không được lớn hơn 100 %.')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
    expect(threshold).toHaveValue('150');
  }, 30_000);

  it('refuses text that is not a number, and a number below 0, each with its message', async () => {
    signIn();
    stubFetch(api);
    renderWithQuery(<TargetEditor resolutionId={RESOLUTION} open onClose={() => {}} />);

    const threshold = await screen.findByLabelText('Mức yêu cầu');
    fireEvent.change(threshold, { target: { value: 'abc' } });
    expect(await screen.findByText('Nhập một số, ví dụ 85 hoặc 85,5.')).toBeInTheDocument();
    expect(threshold).toHaveValue('abc');
    fireEvent.change(threshold, { target: { value: '-5' } });
    expect(await screen.findByText('Không được nhỏ hơn 0.')).toBeInTheDocument();
    expect(threshold).toHaveValue('-5');
  }, 30_000);
});

describe('the target editor’s tiers', () => {
  it('keeps a tier’s bounds and threshold as typed, with the message for a bound that is not whole, and saves 2,5 as 2.5', async () => {
    signIn();
    const { requests } = stubFetch(api);
    const target = {
      id: 't1',
      resolutionId: RESOLUTION,
      title: 'Ý kiến đóng góp',
      metric: 'OPINION_COUNT',
      comparator: 'GTE',
      threshold: null,
      tiers: [{ minMembers: 0, maxMembers: null, threshold: 3 }],
      meetingKind: null,
      theme: null,
      unit: null,
      combinedThreshold: null,
      version: 2,
    } as unknown as Target;
    renderWithQuery(<TargetEditor resolutionId={RESOLUTION} target={target} open onClose={() => {}} />);

    const low = await screen.findByLabelText('Từ (đảng viên) 1');
    expect(low).toHaveValue('0');
    fireEvent.change(low, { target: { value: '1,5' } });
    expect(await screen.findByText('Nhập một số nguyên (chỉ gồm chữ số).')).toBeInTheDocument();
    expect(low).toHaveValue('1,5');
    fireEvent.change(low, { target: { value: '0' } });
    const threshold = screen.getByLabelText('Mức yêu cầu 1');
    expect(threshold).toHaveValue('3');
    fireEvent.change(threshold, { target: { value: '2,5' } });
    expect(threshold).toHaveValue('2,5');

    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const body = (await requests.find((r) => r.method === 'PUT')!.clone().json()) as { tiers: unknown };
    expect(body.tiers).toEqual([{ minMembers: 0, maxMembers: null, threshold: 2.5 }]);
  }, 30_000);
});

describe('the effect’s months', () => {
  const monthsAsked = (requests: Request[]) =>
    requests.filter((r) => new URL(r.url).pathname.endsWith('/effect')).map((r) => new URL(r.url).searchParams.get('months'));

  it('keeps 48 as typed and asks for 48 months (the API takes 1 to 60)', async () => {
    signIn();
    const { requests } = stubFetch(api);
    renderWithQuery(<ResolutionDetail id={RESOLUTION} />);

    const months = await screen.findByLabelText('Số tháng so sánh');
    expect(months).toHaveValue('6');
    fireEvent.change(months, { target: { value: '48' } });
    expect(months).toHaveValue('48');
    await waitFor(() => expect(monthsAsked(requests)).toContain('48'));
    expect(screen.queryByText('Nhập số tháng là số nguyên từ 1 đến 60.')).not.toBeInTheDocument();
  }, 30_000);

  it('shows the message for abc or 61, keeps the text, and keeps the last valid months for the chart', async () => {
    signIn();
    const { requests } = stubFetch(api);
    renderWithQuery(<ResolutionDetail id={RESOLUTION} />);

    const months = await screen.findByLabelText('Số tháng so sánh');
    fireEvent.change(months, { target: { value: '12' } });
    await waitFor(() => expect(monthsAsked(requests)).toContain('12'));
    fireEvent.change(months, { target: { value: 'abc' } });
    expect(await screen.findByText('Nhập số tháng là số nguyên từ 1 đến 60.')).toBeInTheDocument();
    expect(months).toHaveValue('abc');
    expect(months).toHaveAttribute('aria-invalid', 'true');
    fireEvent.change(months, { target: { value: '61' } });
    expect(screen.getByText('Nhập số tháng là số nguyên từ 1 đến 60.')).toBeInTheDocument();
    expect(months).toHaveValue('61');
    expect(monthsAsked(requests).every((m) => ['6', '12'].includes(m!))).toBe(true);
  }, 30_000);
});
