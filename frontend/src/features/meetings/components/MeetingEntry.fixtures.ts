// The API a meeting form talks to in the tests: a branch of four members (one exempt), its templates, last month's
// open task, and the saved record echoed back.
import { jsonResponse } from '@/test/fetch-mock';

export const BRANCH = '00000000-0000-4000-8000-0000000000b1';

export function member(n: number, extra: Record<string, unknown> = {}) {
  return {
    id: `00000000-0000-4000-8000-00000000010${n}`,
    organizationId: BRANCH,
    fullName: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'][n - 1],
    status: 'FULL',
    exempt: false,
    version: 0,
    createdAt: '2025-01-01T00:00:00+07:00',
    updatedAt: '2025-01-01T00:00:00+07:00',
    ...extra,
  };
}

export const ROSTER = [member(1), member(2), member(3), member(4, { exempt: true, exemptReason: 'Tuổi cao, sức yếu' })];

/** The branch's templates: the checklist of its commune committee and the common score sheet. */
export const TEMPLATES = {
  organizationId: BRANCH,
  procedure: [
    'Chuẩn bị: chi ủy họp trước, dự kiến nội dung',
    'Khai mạc: thông qua chương trình, cử thư ký',
    'Thảo luận, biểu quyết nghị quyết',
  ],
  procedureFromId: '00000000-0000-4000-8000-0000000000a1',
  procedureFromName: 'Đảng bộ xã An Lâm',
  criteria: [
    { code: 'ATTENDANCE', name: 'Đảng viên dự sinh hoạt', max: 40, key: true },
    { code: 'CONDUCT', name: 'Tiến hành sinh hoạt', max: 60, key: false },
  ],
  criteriaFromId: null,
  criteriaFromName: null,
  version: 0,
};

/** The branch's context as the API gives it, and the saved record echoed back. */
export function branchApi(saved: (body: unknown, request: Request) => Response, extra: (request: Request) => Response | null = () => null) {
  return async (request: Request) => {
    const url = new URL(request.url);
    if (request.method === 'POST' && url.pathname === '/api/v1/meetings') return saved(await request.json(), request);
    if (request.method === 'PUT' && url.pathname.startsWith('/api/v1/meetings/')) return saved(await request.json(), request);
    const answer = extra(request);
    if (answer) return answer;
    if (url.pathname === `/api/v1/organizations/${BRANCH}/meeting-templates`) return jsonResponse(TEMPLATES);
    if (url.pathname === `/api/v1/organizations/${BRANCH}/members`) {
      return jsonResponse({ items: ROSTER, page: 0, size: 200, totalItems: 4, totalPages: 1 });
    }
    if (url.pathname === `/api/v1/organizations/${BRANCH}`) {
      return jsonResponse({ id: BRANCH, code: 'NS-ANLAM-01', name: 'Chi bộ thôn Đột Lĩnh', type: 'BRANCH', memberCount: 4 });
    }
    if (url.pathname === '/api/v1/meetings/carry-over') {
      return jsonResponse({
        items: [{ meetingId: 'm0', carriedFromTaskId: '00000000-0000-4000-8000-0000000000f1', title: 'Sửa đường thôn', status: 'OPEN' }],
      });
    }
    return jsonResponse({});
  };
}

