import type { ActionPlan, StudyPlan, StudySession } from '../api/types';

export const DISTRICT = '00000000-0000-4000-8000-0000000000bb';
export const COMMUNE = '00000000-0000-4000-8000-00000000c0c0';
export const PLAN_ID = '00000000-0000-4000-8000-0000000005a1';
export const SESSION_ID = '00000000-0000-4000-8000-0000000005e1';
export const RESOLUTION_ID = '00000000-0000-4000-8000-0000000000d1';

export function studyPlan(overrides: Partial<StudyPlan> = {}): StudyPlan {
  return {
    id: PLAN_ID,
    externalId: null,
    organizationId: DISTRICT,
    resolutionId: RESOLUTION_ID,
    resolutionNumber: '57-NQ/TW',
    resolutionTitle: 'Nghị quyết về đột phá phát triển khoa học, công nghệ',
    number: '199-KH/HU',
    issuedOn: '2024-03-01',
    title: 'Kế hoạch học tập, quán triệt Nghị quyết số 57-NQ/TW',
    scopeOrganizationId: DISTRICT,
    levels: [
      { audience: 'KEY_CADRES', dueOn: '2024-03-15' },
      { audience: 'ALL_MEMBERS', dueOn: '2024-04-30' },
    ],
    presenters: [{ fullName: 'Lê Văn Hùng', position: 'Phó Bí thư Thường trực Huyện ủy' }],
    actionPlansDueOn: '2024-05-15',
    status: 'IN_PROGRESS',
    allowedTransitions: ['COMPLETED', 'CANCELLED'],
    sessionCount: 1,
    actionPlans: { total: 58, pending: 10, submitted: 6, accepted: 40, returned: 2, overdue: 3 },
    version: 2,
    createdAt: '2024-03-01T02:00:00Z',
    updatedAt: '2024-03-15T09:30:00Z',
    ...overrides,
  };
}

/** Seed 004's session: 36 bridge points, 1,350 of 1,353 online, 350 of 350 in the hall: 99.8 %. */
export function studySession(overrides: Partial<StudySession> = {}): StudySession {
  const bridgePoints = Array.from({ length: 36 }, (_, i) => ({
    name: `Điểm cầu ${i + 1}`,
    hostOrganizationId: null,
    expected: i < 21 ? 38 : 37,
    attended: i < 3 ? 37 : i < 21 ? 38 : 37,
  }));
  return {
    id: SESSION_ID,
    externalId: null,
    studyPlanId: PLAN_ID,
    studyPlanNumber: '199-KH/HU',
    resolutionId: RESOLUTION_ID,
    resolutionNumber: '57-NQ/TW',
    organizationId: DISTRICT,
    organizerKind: 'STANDING_COMMITTEE',
    organizerName: 'Ban Thường vụ Huyện ủy',
    audience: 'KEY_CADRES',
    format: 'HYBRID',
    title: 'Hội nghị học tập, quán triệt Nghị quyết số 57-NQ/TW',
    place: 'Hội trường Huyện ủy',
    presenterName: 'Lê Văn Hùng',
    startsAt: '2024-03-12T07:30:00+07:00',
    endsAt: '2024-03-12T11:00:00+07:00',
    inPersonExpected: 350,
    inPersonAttended: 350,
    bridgePoints,
    bridgePointCount: 36,
    onlineExpected: 1353,
    onlineAttended: 1350,
    expectedTotal: 1703,
    attendedTotal: 1700,
    walkIns: 0,
    participationRate: 99.8,
    remarkCounts: { LATE: 1, INCOMPLETE_ATTENDANCE: 0, NOT_SERIOUS: 0, ABSENT_WITHOUT_LEAVE: 0, PRAISED: 0 },
    version: 0,
    createdAt: '2024-03-12T05:00:00Z',
    updatedAt: '2024-03-12T05:00:00Z',
    ...overrides,
  };
}

export function actionPlan(overrides: Partial<ActionPlan> = {}): ActionPlan {
  return {
    id: '00000000-0000-4000-8000-0000000a0001',
    externalId: null,
    studyPlanId: PLAN_ID,
    resolutionId: RESOLUTION_ID,
    resolutionNumber: '57-NQ/TW',
    organizationId: COMMUNE,
    organizationName: 'Đảng bộ xã Dân Lực',
    dueOn: '2024-05-15',
    status: 'PENDING',
    allowedTransitions: ['SUBMITTED'],
    documentNumber: null,
    title: null,
    firstSubmittedOn: null,
    submittedOn: null,
    reviewedOn: null,
    returnReason: null,
    overdue: false,
    submittedLate: null,
    version: 0,
    createdAt: '2024-03-01T02:00:00Z',
    updatedAt: '2024-03-01T02:00:00Z',
    ...overrides,
  };
}

export const page = <T,>(items: T[], totalItems = items.length) => ({ items, page: 0, size: 50, totalItems, totalPages: 1 });
