/** The app's addresses, in Vietnamese like the login page's. Features receive them as props, never import them. */
export const PATHS = {
  home: '/',
  dashboard: '/tong-quan',
  organizations: '/to-chuc',
  organization: (id: string) => `/to-chuc/${id}`,
  conferences: '/hoi-nghi',
  conference: (id: string) => `/hoi-nghi/${id}`,
  resolutions: '/nghi-quyet',
  newResolution: '/nghi-quyet/moi',
  resolution: (id: string) => `/nghi-quyet/${id}`,
  meetings: '/sinh-hoat',
  newMeeting: '/sinh-hoat/moi',
  thisMonth: '/sinh-hoat/thang-nay',
  meeting: (id: string) => `/sinh-hoat/${id}`,
  editMeeting: (id: string) => `/sinh-hoat/${id}/sua`,
  scorecard: '/bang-diem',
  recommendations: '/kien-nghi',
  recommendation: (id: string) => `/kien-nghi/${id}`,
  overdueRecommendations: '/kien-nghi?overdue=true&sort=dueOn%2Casc',
  briefings: '/kien-nghi/giao-ban',
  publications: '/kien-nghi/thong-bao',
  recommendationStats: '/kien-nghi/thong-ke',
  imports: '/nhap-du-lieu',
  // ── studies (issue 10) ──
  studyPlans: '/hoc-tap',
  studyPlan: (id: string) => `/hoc-tap/${id}`,
  newStudySession: (planId: string) => `/hoc-tap/${planId}/ghi-buoi-hoc`,
  studySession: (id: string) => `/hoc-tap/buoi-hoc/${id}`,
  editStudySession: (id: string) => `/hoc-tap/buoi-hoc/${id}/sua`,
  actionPlans: '/ke-hoach-hanh-dong',

  // ── inspections and yearly review (issue 10) ──
  inspections: '/kiem-tra',
  inspectionReport: '/kiem-tra/tong-hop',
  inspection: (id: string) => `/kiem-tra/${id}`,
  yearlyReview: '/danh-gia-nam',

} as const;
