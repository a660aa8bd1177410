/** An inspection as the API sends it (the contract's example: Dân Lực, 12-KH/HU), with what a test changes. */
export const INSPECTION_ID = '00000000-0000-4000-8000-0000000000e1';
export const COMMITTEE = '00000000-0000-4000-8000-0000000000bb';
export const SUBJECT = '00000000-0000-4000-8000-0000000000c2';

export function inspection(overrides: Record<string, unknown> = {}) {
  return {
    id: INSPECTION_ID,
    externalId: null,
    organizationId: COMMITTEE,
    kind: 'INSPECTION',
    planNumber: '12-KH/HU',
    title: 'Kiểm tra việc học tập, quán triệt nghị quyết Đại hội Đảng bộ tỉnh',
    subjectOrganizationIds: [SUBJECT],
    subjectNames: ['Đảng bộ xã Dân Lực'],
    resolutionIds: [],
    team: [{ fullName: 'Lê Văn Hùng', position: 'Chủ nhiệm Ủy ban Kiểm tra Huyện ủy', role: 'HEAD' }],
    plannedFrom: '2024-05-06',
    plannedTo: '2024-05-17',
    startedOn: '2024-05-06',
    endedOn: '2024-05-16',
    status: 'CONCLUDED',
    allowedTransitions: [],
    findings: [
      { area: 'ACTION_PLAN', organizationId: SUBJECT, rating: 'SHORTCOMINGS', text: 'Chương trình hành động ban hành chậm.' },
    ],
    conclusion: { number: '47-KL/HU', issuedOn: '2024-05-20', text: 'Cần khắc phục việc chậm ban hành chương trình hành động.' },
    remedies: [
      { organizationId: SUBJECT, text: 'Rà soát, bổ sung chương trình hành động.', dueOn: '2024-06-30', status: 'OPEN', doneOn: null, waivedReason: null },
    ],
    closedOn: null,
    openRemedies: 1,
    overdueRemedies: 1,
    version: 5,
    createdAt: '2024-04-20T02:00:00Z',
    updatedAt: '2024-05-20T09:30:00Z',
    ...overrides,
  };
}

export const COMMITTEE_ORG = {
  id: COMMITTEE,
  externalId: null,
  code: 'HU-TS',
  name: 'Đảng bộ huyện Triệu Sơn',
  type: 'DISTRICT',
  parentId: null,
  version: 0,
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
};
