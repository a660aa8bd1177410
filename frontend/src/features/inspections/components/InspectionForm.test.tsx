import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn, testUser } from '@/test/session';
import { COMMITTEE, COMMITTEE_ORG, INSPECTION_ID, inspection } from './fixtures.test-data';
import { InspectionDetail } from './InspectionDetail';

const LINKS = { list: '/kiem-tra', report: '/kiem-tra/tong-hop', inspection: (id: string) => `/kiem-tra/${id}` };

describe('InspectionForm (the plan of an inspection)', () => {
  it('sends the plan with everything else kept, and shows the server’s refusals under the team and the subjects', async () => {
    signIn({ user: testUser({ role: 'INSPECTOR' }) });
    let put: Record<string, unknown> | null = null;
    stubFetch(async (request) => {
      const path = new URL(request.url).pathname;
      if (path === `/api/v1/organizations/${COMMITTEE}`) return jsonResponse(COMMITTEE_ORG);
      if (path === '/api/v1/organizations') return jsonResponse({ items: [COMMITTEE_ORG], page: 0, size: 30, totalItems: 1, totalPages: 1 });
      if (request.method === 'PUT') {
        put = (await request.json()) as Record<string, unknown>;
        return problemResponse(422, {
          type: 'urn:nennep:problem:validation',
          title: 'Dữ liệu không hợp lệ',
          errors: [
            { field: 'team', message: 'Đoàn phải có đúng một trưởng đoàn.' },
            { field: 'subjectOrganizationIds[0]', message: 'Đối tượng phải thuộc cấp ủy quyết định.' },
          ],
        });
      }
      return jsonResponse(inspection({ status: 'IN_PROGRESS', allowedTransitions: ['CONCLUDED', 'CANCELLED'] }));
    });
    renderWithQuery(<InspectionDetail id={INSPECTION_ID} links={LINKS} resolutionHref={(id) => id} />);

    fireEvent.click(await screen.findByRole('button', { name: 'Sửa kế hoạch' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Chức vụ'), { target: { value: 'Phó Chủ nhiệm Ủy ban Kiểm tra' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await within(dialog).findByText('Đoàn phải có đúng một trưởng đoàn.')).toBeInTheDocument();
    expect(within(dialog).getByText('Đối tượng phải thuộc cấp ủy quyết định.')).toBeInTheDocument();
    await waitFor(() => expect(put).not.toBeNull());
    expect(put!.team).toEqual([{ fullName: 'Lê Văn Hùng', position: 'Phó Chủ nhiệm Ủy ban Kiểm tra', role: 'HEAD' }]);
    // The findings, the conclusion and the remedies go back as they were read.
    expect(put!.conclusion).toEqual(inspection().conclusion);
    expect(put!.remedies).toEqual(inspection().remedies);
    expect(put!.plannedFrom).toBe('2024-05-06');
  });
});
