import {
  ApartmentOutlined,
  CarryOutOutlined,
  CommentOutlined,
  DashboardOutlined,
  FileTextOutlined,
  ReadOutlined,
  ScheduleOutlined,
  TableOutlined,
  TeamOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '@/lib/access';
import { PATHS } from './paths';
// inspections and yearly review (issue 10)
import { AuditOutlined, SolutionOutlined } from '@ant-design/icons';

export interface NavEntry {
  key: string;
  path: string;
  /** i18n key of its label. */
  label: string;
  icon: ReactNode;
  /** Roles that see it; all when absent. */
  roles?: readonly Role[];
  /** Planned: shown greyed as "coming" until its API exists (issues 05 and 07). */
  planned?: boolean;
}

const NAMES_AND_MEETINGS: readonly Role[] = ['SYSTEM_ADMIN', 'DISTRICT_OFFICE', 'GRASSROOTS_OFFICER', 'BRANCH_SECRETARY', 'INSPECTOR'];

/**
 * The navigation, in the order of the work. An entry marked `planned` is shown greyed until its screen exists.
 */
export const NAV: readonly NavEntry[] = [
  { key: 'dashboard', path: PATHS.dashboard, label: 'nav.dashboard', icon: <DashboardOutlined /> },
  { key: 'meetings', path: PATHS.meetings, label: 'nav.meetings', icon: <ScheduleOutlined />, roles: NAMES_AND_MEETINGS },
  { key: 'scorecard', path: PATHS.scorecard, label: 'nav.scorecard', icon: <TableOutlined /> },
  { key: 'resolutions', path: PATHS.resolutions, label: 'nav.resolutions', icon: <FileTextOutlined /> },
  { key: 'conferences', path: PATHS.conferences, label: 'nav.conferences', icon: <TeamOutlined /> },
  { key: 'organizations', path: PATHS.organizations, label: 'nav.organizations', icon: <ApartmentOutlined /> },
  { key: 'recommendations', path: PATHS.recommendations, label: 'nav.recommendations', icon: <CommentOutlined /> },
  {
    key: 'imports',
    path: PATHS.imports,
    label: 'nav.imports',
    icon: <UploadOutlined />,
    roles: ['SYSTEM_ADMIN', 'DISTRICT_OFFICE', 'GRASSROOTS_OFFICER'],
  },
  // ── studies (issue 10) ──
  { key: 'studyPlans', path: PATHS.studyPlans, label: 'nav.studyPlans', icon: <ReadOutlined /> },
  { key: 'actionPlans', path: PATHS.actionPlans, label: 'nav.actionPlans', icon: <CarryOutOutlined />, roles: NAMES_AND_MEETINGS },

  // ── inspections and yearly review (issue 10) ──
  { key: 'inspections', path: PATHS.inspections, label: 'nav.inspections', icon: <AuditOutlined />, roles: NAMES_AND_MEETINGS },
  { key: 'yearlyReview', path: PATHS.yearlyReview, label: 'nav.yearlyReview', icon: <SolutionOutlined />, roles: NAMES_AND_MEETINGS },

];

export function navFor(role: Role | undefined): NavEntry[] {
  return NAV.filter((entry) => !entry.roles || (role !== undefined && entry.roles.includes(role)));
}

/**
 * Where a role starts: a branch secretary at this month's record, a department at the recommendations addressed to
 * it (overdue first: the home route asks how many first), everyone else at the dashboard.
 */
export function homeFor(role: Role | undefined): string {
  if (role === 'BRANCH_SECRETARY') return PATHS.thisMonth;
  if (role === 'RESPONDER') return PATHS.recommendations;
  return PATHS.dashboard;
}

