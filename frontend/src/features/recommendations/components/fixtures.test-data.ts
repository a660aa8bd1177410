import type { Recommendation, RecommendationEntry } from '../api/types';

export const REC_ID = '00000000-0000-4000-8000-00000000a001';
export const DEPARTMENT = '00000000-0000-4000-8000-00000000d001';
export const BRANCH = '00000000-0000-4000-8000-00000000b001';
export const DISTRICT = '00000000-0000-4000-8000-0000000000bb';

export function recommendation(overrides: Partial<Recommendation> = {}): Recommendation {
  return {
    id: REC_ID,
    externalId: null,
    briefingId: '00000000-0000-4000-8000-00000000f001',
    zoneId: '00000000-0000-4000-8000-00000000e001',
    raisedById: BRANCH,
    raisedByName: 'Chi bộ thôn Đột Lĩnh',
    addresseeId: DEPARTMENT,
    addresseeName: 'Phòng Nông nghiệp và PTNT',
    field: 'AGRICULTURE',
    title: 'Nạo vét kênh tưới tiêu thôn Đột Lĩnh',
    content: 'Kênh tưới bị bồi lắng, 12 ha lúa vụ xuân của thôn thiếu nước.',
    status: 'FORWARDED',
    nextSteps: ['ANSWERED'],
    raisedOn: '2025-11-07',
    dueOn: '2025-12-07',
    overdue: true,
    reanswerCount: 0,
    entryCount: 2,
    version: 1,
    createdAt: '2025-11-08T02:00:00Z',
    updatedAt: '2025-11-11T03:15:00Z',
    ...overrides,
  };
}

export function entries(): RecommendationEntry[] {
  return [
    {
      id: '00000000-0000-4000-8000-00000000c001',
      recommendationId: REC_ID,
      seq: 1,
      type: 'RAISED',
      authorName: 'Bí thư chi bộ Đột Lĩnh',
      at: '2025-11-07T02:00:00Z',
      body: 'Kênh tưới bị bồi lắng.',
    },
    {
      id: '00000000-0000-4000-8000-00000000c002',
      recommendationId: REC_ID,
      seq: 2,
      type: 'FORWARDED',
      authorName: 'Văn phòng Huyện ủy',
      at: '2025-11-10T02:00:00Z',
      documentNumber: '215-CV/HU',
      addresseeId: DEPARTMENT,
    },
  ];
}

export function organization(id: string, name: string, type = 'DEPARTMENT') {
  return {
    id,
    externalId: null,
    code: id.slice(-4),
    name,
    type,
    parentId: DISTRICT,
    zoneId: null,
    memberCount: 0,
    rosterCount: 0,
    version: 0,
    createdAt: '2025-01-01T00:00:00+07:00',
    updatedAt: '2025-01-01T00:00:00+07:00',
  };
}
