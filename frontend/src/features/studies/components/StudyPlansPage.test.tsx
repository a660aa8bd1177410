import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn, testUser } from '@/test/session';
import { DISTRICT, page, RESOLUTION_ID, studyPlan } from './fixtures.test-data';
import { StudyPlansPage } from './StudyPlansPage';

const ORG = { id: DISTRICT, code: 'HU-TS', name: 'Đảng bộ huyện Triệu Sơn', type: 'DISTRICT' };
const RESOLUTION = { id: RESOLUTION_ID, number: '57-NQ/TW', title: 'Nghị quyết về đột phá phát triển khoa học, công nghệ' };

function api(onPost: (body: Record<string, unknown>) => Response) {
  return async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (request.method === 'POST') return onPost((await request.json()) as Record<string, unknown>);
    if (path === '/api/v1/study-plans') return jsonResponse(page([studyPlan()]));
    if (path === '/api/v1/organizations') return jsonResponse(page([ORG]));
    if (path.startsWith('/api/v1/organizations/')) return jsonResponse(ORG);
    if (path === '/api/v1/resolutions') return jsonResponse(page([RESOLUTION]));
    if (path.startsWith('/api/v1/resolutions/')) return jsonResponse(RESOLUTION);
    return jsonResponse(page([]));
  };
}

async function pick(label: string, option: string) {
  const dialog = screen.getByRole('dialog');
  fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: label }));
  fireEvent.click((await screen.findAllByText(option, { selector: '.ant-select-item-option-content' }))[0]!);
}

async function fillForm() {
  fireEvent.click(await screen.findByRole('button', { name: 'Ban hành kế hoạch' }));
  const dialog = await screen.findByRole('dialog');
  await pick('Cấp ủy ban hành', 'Đảng bộ huyện Triệu Sơn (HU-TS)');
  await pick('Văn bản học tập', '57-NQ/TW — Nghị quyết về đột phá phát triển khoa học, công nghệ');
  fireEvent.change(within(dialog).getByLabelText('Số kế hoạch'), { target: { value: '199-KH/HU' } });
  fireEvent.change(within(dialog).getByLabelText('Trích yếu'), { target: { value: 'Kế hoạch học tập Nghị quyết 57' } });
  for (const [label, day] of [['Ngày ban hành', '01/03/2024'], ['Hạn nộp kế hoạch hành động', '15/05/2024']] as const) {
    const input = within(dialog).getByLabelText(label);
    fireEvent.mouseDown(input);
    fireEvent.change(input, { target: { value: day } });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
  }
  return dialog;
}

describe('the study plans', () => {
  it('lists the plans with their document and action plans, the overdue in red', async () => {
    signIn({ user: testUser({ role: 'INSPECTOR', organizationId: DISTRICT }) });
    stubFetch(api(() => jsonResponse({})));
    renderWithQuery(<StudyPlansPage hrefOf={(id) => `/hoc-tap/${id}`} />);
    expect(await screen.findByRole('link', { name: '199-KH/HU' })).toHaveAttribute('href', expect.stringContaining('/hoc-tap/'));
    expect(screen.getByText('57-NQ/TW')).toBeInTheDocument();
    expect(screen.getByText('· 3 quá hạn')).toHaveClass('text-danger');
    expect(screen.queryByRole('button', { name: 'Ban hành kế hoạch' })).not.toBeInTheDocument();
  });

  it('issues a plan and says how many action plans the server created', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE', organizationId: DISTRICT }) });
    let sent: Record<string, unknown> | undefined;
    stubFetch(
      api((body) => {
        sent = body;
        return jsonResponse(studyPlan(), 201);
      }),
    );
    renderWithQuery(<StudyPlansPage hrefOf={(id) => `/hoc-tap/${id}`} />);
    const dialog = await fillForm();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(sent).toBeDefined());
    expect(sent).toMatchObject({
      organizationId: DISTRICT,
      resolutionId: RESOLUTION_ID,
      number: '199-KH/HU',
      issuedOn: '2024-03-01',
      actionPlansDueOn: '2024-05-15',
      levels: [],
      presenters: [],
    });
    expect(await screen.findByText('Đã ban hành kế hoạch; máy chủ đã lập 58 kế hoạch hành động chờ các tổ chức cơ sở đảng nộp.')).toBeInTheDocument();
  });

  it('puts the server’s refusal of the number under the field', async () => {
    signIn({ user: testUser({ role: 'DISTRICT_OFFICE', organizationId: DISTRICT }) });
    stubFetch(
      api(() =>
        problemResponse(422, { type: 'urn:nennep:problem:validation', title: 'Dữ liệu không hợp lệ', errors: [{ field: 'number', message: 'Số kế hoạch phải là văn bản loại KH.' }] }),
      ),
    );
    renderWithQuery(<StudyPlansPage hrefOf={(id) => `/hoc-tap/${id}`} />);
    const dialog = await fillForm();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Số kế hoạch phải là văn bản loại KH.')).toBeInTheDocument();
  });
});
