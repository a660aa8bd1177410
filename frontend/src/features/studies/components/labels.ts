import { everyValueOf } from '@/lib/api/enums';
import {
  actionPlanReportRowOutcomeValues,
  actionPlanStatusValues,
  studyPlanAudienceValues,
  studyPlanStatusValues,
  studyRemarkKindValues,
  studySessionFormatValues,
  studySessionOrganizerKindValues,
} from '@/lib/api/schema';
import type { ActionPlanStatus, Audience, OrganizerKind, RemarkKind, SessionFormat, StudyPlanStatus } from '../api/types';

/** The contract's own order, the order the filters and pickers show. */
export const PLAN_STATUSES: readonly StudyPlanStatus[] = studyPlanStatusValues;
export const AUDIENCES: readonly Audience[] = studyPlanAudienceValues;
export const ACTION_PLAN_STATUSES: readonly ActionPlanStatus[] = actionPlanStatusValues;
export const FORMATS: readonly SessionFormat[] = studySessionFormatValues;
export const ORGANIZER_KINDS: readonly OrganizerKind[] = studySessionOrganizerKindValues;
export const REMARK_KINDS: readonly RemarkKind[] = studyRemarkKindValues;
export const OUTCOMES = actionPlanReportRowOutcomeValues;

/** The steps a plan's page shows, in order: every status but CANCELLED, which ends any step. */
export const PLAN_LIFECYCLE = everyValueOf<Exclude<StudyPlanStatus, 'CANCELLED'>>()(['PLANNED', 'IN_PROGRESS', 'COMPLETED']);

/** Which counts a format has (SPEC: IN_PERSON the hall only, ONLINE the points only, HYBRID both, BROADCAST either). */
export function formatHas(format: SessionFormat): { hall: boolean; points: boolean } {
  switch (format) {
    case 'IN_PERSON':
      return { hall: true, points: false };
    case 'ONLINE':
      return { hall: false, points: true };
    case 'HYBRID':
    case 'BROADCAST':
      return { hall: true, points: true };
  }
}
