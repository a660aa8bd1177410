import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn } from '@/test/session';
import type { Resolution } from '../api/resolutions';
import { ResolutionDetail } from './ResolutionDetail';
import { ResolutionsPage } from './ResolutionsPage';

vi.mock('@/components/Chart', () => ({ Chart: ({ label }: { label: string }) => <div role="img" aria-label={label} /> }));

const DISTRICT = '00000000-0000-4000-8000-0000000000bb';
const HIDDEN = '00000000-0000-4000-8000-0000000000cc';

function resolution(overrides: Partial<Resolution>): Resolution {
  return {
    id: '00000000-0000-4000-8000-0000000000d1',
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
    ...overrides,
  };
}

const TREE = resolution({});
const FROM_ABOVE = resolution({ id: '00000000-0000-4000-8000-0000000000d2', number: '57-NQ/TW', sequence: 57, issuerId: null, issuerName: 'Bộ Chính trị', title: 'Về đột phá phát triển khoa học, công nghệ' });
const UNREADABLE = resolution({ id: '00000000-0000-4000-8000-0000000000d3', number: '03-NQ/ĐU', sequence: 3, issuerId: HIDDEN, title: 'Về công tác dân vận' });

function api(request: Request): Response {
  const path = new URL(request.url).pathname;
  if (path === '/api/v1/resolutions') return jsonResponse({ items: [TREE, FROM_ABOVE, UNREADABLE], page: 0, size: 20, totalItems: 3, totalPages: 1 });
  if (path === `/api/v1/resolutions/${FROM_ABOVE.id}`) return jsonResponse(FROM_ABOVE);
  if (path === '/api/v1/document-types') return jsonResponse({ items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 });
  if (path === `/api/v1/organizations/${DISTRICT}`) return jsonResponse({ id: DISTRICT, code: 'HD-NS', name: 'Đảng bộ huyện Nam Sách', type: 'DISTRICT', memberCount: 7000 });
  if (path === `/api/v1/organizations/${HIDDEN}`) return problemResponse(403, { type: 'urn:nennep:problem:forbidden', title: 'Không có quyền' });
  if (path.endsWith('/targets')) return jsonResponse({ items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 });
  if (path.endsWith('/compliance')) return jsonResponse({ resolutionId: FROM_ABOVE.id, organizationId: null, from: null, to: null, items: [] });
  if (path.endsWith('/effect')) return jsonResponse({ resolutionId: FROM_ABOVE.id, months: 6, points: [] });
  return problemResponse(404, { type: 'urn:nennep:problem:not-found', title: 'Không tìm thấy' });
}

describe('the issuer of a document', () => {
  it('is named in the list: an organization of the tree by its name, a document from above by its issuer, never an empty cell', async () => {
    signIn();
    const { requests } = stubFetch(api);
    renderWithQuery(<ResolutionsPage hrefOf={(id) => `/resolutions/${id}`} newHref="/resolutions/new" />);

    const row = async (number: string) => (await screen.findByRole('link', { name: number })).closest('tr') as HTMLElement;
    expect(within(await row('57-NQ/TW')).getByText('Bộ Chính trị')).toBeInTheDocument();
    expect(await within(await row('17-NQ/HU')).findByText('Đảng bộ huyện Nam Sách')).toBeInTheDocument();
    // An organization the caller may not read: the number's issuer code rather than nothing.
    expect(await within(await row('03-NQ/ĐU')).findByText('ĐU')).toBeInTheDocument();
    // A document from above looks no organization up.
    expect(requests.some((r) => new URL(r.url).pathname === '/api/v1/organizations/null')).toBe(false);
  }, 30_000);

  it('is named on a document from above’s page', async () => {
    signIn();
    stubFetch(api);
    renderWithQuery(<ResolutionDetail id={FROM_ABOVE.id} />);

    const label = await screen.findByText('Cơ quan ban hành');
    expect(within(label.closest('.ant-descriptions-item') as HTMLElement).getByText('Bộ Chính trị')).toBeInTheDocument();
  }, 30_000);
});
