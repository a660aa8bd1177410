import { everyValueOf } from '@/lib/api/enums';
import {
  inspectionFindingAreaValues,
  inspectionFindingRatingValues,
  inspectionKindValues,
  inspectionRemedyStatusValues,
  inspectionStatusValues,
  inspectionTeamRoleValues,
} from '@/lib/api/schema';
import type { FindingArea, FindingRating, InspectionKind, InspectionStatus, RemedyStatus, TeamRole } from '../api/inspections';

/** The contract's values in its own order, the order the filters and forms show. */
export const STATUSES: readonly InspectionStatus[] = inspectionStatusValues;
export const KINDS: readonly InspectionKind[] = inspectionKindValues;
export const TEAM_ROLES: readonly TeamRole[] = inspectionTeamRoleValues;
export const AREAS: readonly FindingArea[] = inspectionFindingAreaValues;
export const RATINGS: readonly FindingRating[] = inspectionFindingRatingValues;
export const REMEDY_STATUSES: readonly RemedyStatus[] = inspectionRemedyStatusValues;

/** The steps an inspection's page shows, in the order it goes through them; CANCELLED ends any step. */
export const LIFECYCLE = everyValueOf<Exclude<InspectionStatus, 'CANCELLED'>>()(['PLANNED', 'IN_PROGRESS', 'CONCLUDED', 'CLOSED']);

/**
 * The lifecycle's next steps from each status (the contract's description of POST /status). The server's
 * `allowedTransitions` says which of them would succeed now; the others are still offered, so that the server can say
 * what is missing (an open remedy, the conclusion).
 */
export const NEXT: Readonly<Record<InspectionStatus, readonly InspectionStatus[]>> = {
  PLANNED: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['CONCLUDED', 'CANCELLED'],
  CONCLUDED: ['CLOSED'],
  CLOSED: [],
  CANCELLED: [],
};

/** Tag colours dark enough for white text (WCAG AA). */
export const STATUS_COLORS: Record<InspectionStatus, string> = {
  PLANNED: '#595959',
  IN_PROGRESS: '#1f5fa8',
  CONCLUDED: '#006d75',
  CLOSED: '#237804',
  CANCELLED: '#8c1d18',
};

export const RATING_COLORS: Record<FindingRating, string> = {
  GOOD: '#237804',
  SATISFACTORY: '#1f5fa8',
  SHORTCOMINGS: '#a33f00',
  VIOLATIONS: '#b3261e',
};

export const REMEDY_COLORS: Record<RemedyStatus, string> = {
  OPEN: '#a33f00',
  DONE: '#237804',
  WAIVED: '#595959',
};
