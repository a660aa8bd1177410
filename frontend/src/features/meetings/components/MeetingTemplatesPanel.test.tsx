import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn, testUser } from '@/test/session';
import { MeetingTemplatesPanel } from './MeetingTemplatesPanel';

const COMMUNE = '00000000-0000-4000-8000-0000000000a1';
const DISTRICT = '00000000-0000-4000-8000-0000000000d1';

function templates(overrides: Record<string, unknown> = {}) {
  return {
    organizationId: COMMUNE,
    procedure: ['Chuẩn bị: chi ủy họp trước', 'Khai mạc, báo cáo tình hình đảng viên dự họp', 'Thảo luận, biểu quyết nghị quyết'],
    procedureFromId: null,
    procedureFromName: null,
    criteria: [
      { code: 'TIME_DURATION', name: 'Thời gian và thời lượng sinh hoạt', max: 5, key: true },
      { code: 'CONDUCT', name: 'Tiến hành sinh hoạt', max: 55, key: true },
      { code: 'PREVIOUS_RESOLUTION', name: 'Kết quả thực hiện nghị quyết kỳ trước', max: 40, key: false },
    ],
    criteriaFromId: DISTRICT,
    criteriaFromName: 'Đảng bộ huyện Nam Sách',
    version: 0,
    ...overrides,
  };
}

interface Sent {
  ifMatch: string | null;
  body: unknown;
}

/** GET answers `current`; PUT is recorded and answered by `onPut`. */
function templatesApi(current: Record<string, unknown>, onPut: (body: unknown) => Response = () => jsonResponse(current)) {
  const sent: Sent[] = [];
  const stub = stubFetch(async (request) => {
    const path = new URL(request.url).pathname;
    if (path !== `/api/v1/organizations/${COMMUNE}/meeting-templates`) return jsonResponse({});
    if (request.method === 'PUT') {
      const body = await request.json();
      sent.push({ ifMatch: request.headers.get('If-Match'), body });
      return onPut(body);
    }
    return jsonResponse(current);
  });
  return { ...stub, sent };
}

async function openEditor() {
  fireEvent.click(await screen.findByRole('button', { name: 'Điều chỉnh' }));
  await screen.findByRole('heading', { level: 3, name: 'Điều chỉnh trình tự sinh hoạt và thang điểm' });
}

describe('MeetingTemplatesPanel', () => {
  it('shows the checklist and the score sheet with where each comes from, and no editing to a reader', async () => {
    signIn({ user: testUser({ role: 'INSPECTOR' }) });
    templatesApi(templates());

    renderWithQuery(<MeetingTemplatesPanel organizationId={COMMUNE} />);

    expect(await screen.findByRole('heading', { level: 2, name: 'Trình tự sinh hoạt và thang điểm' })).toBeInTheDocument();
    expect(await screen.findByText('Mặc định chung')).toBeInTheDocument();
    expect(screen.getByText('Theo Đảng bộ huyện Nam Sách')).toBeInTheDocument();
    const steps = within(screen.getByRole('list')).getAllByRole('listitem').map((li) => li.textContent);
    expect(steps).toEqual(templates().procedure);
    const conduct = screen.getByRole('row', { name: /CONDUCT/ });
    expect(within(conduct).getAllByRole('cell').map((c) => c.textContent)).toEqual(['CONDUCT', 'Tiến hành sinh hoạt', '55', 'Có']);
    expect(screen.getByRole('columnheader', { name: 'Tiêu chí bắt buộc đạt tối đa' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Điều chỉnh' })).not.toBeInTheDocument();
  });

  it('names the organization’s own lists as its own', async () => {
    signIn({ user: testUser({ role: 'GRASSROOTS_OFFICER', organizationId: COMMUNE }) });
    templatesApi(templates({ procedureFromId: COMMUNE, procedureFromName: 'Đảng bộ xã An Lâm', criteriaFromId: COMMUNE, criteriaFromName: 'Đảng bộ xã An Lâm' }));

    renderWithQuery(<MeetingTemplatesPanel organizationId={COMMUNE} />);

    expect(await screen.findAllByText('Riêng của tổ chức này')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Điều chỉnh' })).toBeInTheDocument();
  });

  it('refuses a score sheet whose maxima do not add up to 100, without asking the server', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE' }) });
    const { sent } = templatesApi(templates());

    renderWithQuery(<MeetingTemplatesPanel organizationId={COMMUNE} />);
    await openEditor();
    // The score sheet follows the district: make it the commune's own, then break the sum.
    fireEvent.click(screen.getAllByRole('radio', { name: 'Riêng' })[1]!);
    const maxima = await screen.findAllByRole('textbox', { name: 'Điểm tối đa' });
    expect(maxima.map((m) => (m as HTMLInputElement).value)).toEqual(['5', '55', '40']);
    expect(await screen.findByText('Tổng điểm tối đa: 100/100')).toBeInTheDocument();
    fireEvent.change(maxima[0]!, { target: { value: '10' } });
    expect(await screen.findByText('Tổng điểm tối đa: 105/100')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Tổng điểm tối đa của các tiêu chí phải đúng bằng 100 (hiện là 105).')).toBeInTheDocument();
    expect(sent).toEqual([]);

    // Back to 100: the message goes.
    fireEvent.change(maxima[0]!, { target: { value: '5' } });
    await waitFor(() => expect(screen.queryByText(/phải đúng bằng 100/)).not.toBeInTheDocument());

    // A maximum out of range or not whole is refused as typed, never clamped to 100 or rounded.
    fireEvent.change(maxima[1]!, { target: { value: '150' } });
    fireEvent.blur(maxima[1]!);
    expect(maxima[1]).toHaveValue('150');
    expect((await screen.findAllByText('Điểm tối đa từ 1 đến 100.')).length).toBeGreaterThan(0);
    fireEvent.change(maxima[1]!, { target: { value: '5.5' } });
    fireEvent.blur(maxima[1]!);
    expect(maxima[1]).toHaveValue('5.5');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect((await screen.findAllByText('Điểm tối đa từ 1 đến 100.')).length).toBeGreaterThan(0);
    expect(sent).toEqual([]);
  });

  it('saves the commune’s own checklist at the version read, and lets the score sheet follow the level above', async () => {
    signIn({ user: testUser({ role: 'GRASSROOTS_OFFICER', organizationId: COMMUNE }) });
    const own = templates({ procedureFromId: COMMUNE, procedureFromName: 'Đảng bộ xã An Lâm', version: 3 });
    const { sent } = templatesApi(own, (body) =>
      jsonResponse({ ...own, procedure: (body as { procedure: string[] }).procedure, version: 4 }),
    );

    renderWithQuery(<MeetingTemplatesPanel organizationId={COMMUNE} />);
    await openEditor();
    expect(screen.getAllByRole('radio', { name: 'Riêng' })[0]).toBeChecked();
    expect(screen.getAllByRole('radio', { name: 'Theo cấp trên' })[1]).toBeChecked();

    fireEvent.click(screen.getByRole('button', { name: 'Chuyển bước 2 lên' }));
    fireEvent.click(screen.getByRole('button', { name: 'Xóa bước 3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Thêm bước' }));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Bước 3' }), { target: { value: '  Kiểm điểm nghị quyết tháng trước ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      ifMatch: '"3"',
      body: {
        procedure: ['Khai mạc, báo cáo tình hình đảng viên dự họp', 'Chuẩn bị: chi ủy họp trước', 'Kiểm điểm nghị quyết tháng trước'],
        criteria: null,
      },
    });
    expect(await screen.findByText('Đã lưu trình tự sinh hoạt và thang điểm.')).toBeInTheDocument();
    // Back to the lists, as the server answered.
    await waitFor(() =>
      expect(within(screen.getByRole('list')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
        'Khai mạc, báo cáo tình hình đảng viên dự họp',
        'Chuẩn bị: chi ủy họp trước',
        'Kiểm điểm nghị quyết tháng trước',
      ]),
    );
  });

  it('puts the server’s field errors under their fields', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE' }) });
    const { sent } = templatesApi(templates(), () =>
      problemResponse(422, {
        type: 'urn:nennep:problem:validation',
        title: 'Dữ liệu không hợp lệ',
        detail: 'Một số trường dữ liệu không hợp lệ; xem chi tiết trong danh sách lỗi.',
        errors: [
          { field: 'procedure[1]', message: 'không được dài quá 500 ký tự' },
          { field: 'criteria[2].code', message: 'mã này đã dành cho tiêu chí khác' },
          { field: 'criteria', message: 'tổng điểm tối đa phải bằng 100' },
        ],
      }),
    );

    renderWithQuery(<MeetingTemplatesPanel organizationId={COMMUNE} />);
    await openEditor();
    fireEvent.click(screen.getAllByRole('radio', { name: 'Riêng' })[0]!);
    fireEvent.click(screen.getAllByRole('radio', { name: 'Riêng' })[1]!);
    await screen.findByRole('textbox', { name: 'Bước 2' });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect((sent[0]!.body as { criteria: unknown[] }).criteria).toHaveLength(3);
    const step = (await screen.findByText('không được dài quá 500 ký tự')).closest('.ant-form-item') as HTMLElement;
    expect(within(step).getByRole('textbox', { name: 'Bước 2' })).toBeInTheDocument();
    const code = screen.getByText('mã này đã dành cho tiêu chí khác').closest('.ant-form-item') as HTMLElement;
    expect(within(code).getByRole('textbox', { name: 'Mã' })).toHaveValue('PREVIOUS_RESOLUTION');
    expect(screen.getByText('tổng điểm tối đa phải bằng 100')).toBeInTheDocument();
    expect(await screen.findByText('Dữ liệu không hợp lệ')).toBeInTheDocument();
  });

  it('says when someone changed the templates since they were read, and reloads them', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE' }) });
    const { requests } = templatesApi(templates({ version: 2 }), () =>
      problemResponse(412, { type: 'urn:nennep:problem:precondition-failed', title: 'Phiên bản đã cũ' }),
    );

    renderWithQuery(<MeetingTemplatesPanel organizationId={COMMUNE} />);
    await openEditor();
    fireEvent.click(screen.getAllByRole('radio', { name: 'Theo cấp trên' })[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Bản ghi đã bị người khác thay đổi')).toBeInTheDocument();
    const reads = requests.filter((r) => r.method === 'GET').length;
    fireEvent.click(screen.getByRole('button', { name: 'Tải lại' }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'GET').length).toBe(reads + 1));
    expect(await screen.findByRole('button', { name: 'Điều chỉnh' })).toBeInTheDocument();
  });

  it('shows the server’s refusal of a role outside the organization’s subtree', async () => {
    signIn({ user: testUser({ role: 'GRASSROOTS_OFFICER' }) });
    templatesApi(templates(), () =>
      problemResponse(403, { type: 'urn:nennep:problem:forbidden', title: 'Không có quyền', detail: 'Tổ chức này không thuộc phạm vi của bạn.' }),
    );

    renderWithQuery(<MeetingTemplatesPanel organizationId={COMMUNE} />);
    await openEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Không có quyền')).toBeInTheDocument();
    expect(screen.getByText('Tổ chức này không thuộc phạm vi của bạn.')).toBeInTheDocument();
  });
});
