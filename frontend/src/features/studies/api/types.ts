import type { components } from '@/lib/api/schema';

type S = components['schemas'];

export type StudyPlan = S['StudyPlan'];
export type StudyPlanInput = S['StudyPlanInput'];
export type StudyPlanStatus = S['StudyPlanStatus'];
export type StudyPlanLevel = S['StudyPlanLevel'];
export type Audience = S['StudyPlanAudience'];
export type ActionPlan = S['ActionPlan'];
export type ActionPlanStatus = S['ActionPlanStatus'];
export type ActionPlanStatusChange = S['ActionPlanStatusChange'];
export type StudySession = S['StudySession'];
export type StudySessionInput = S['StudySessionInput'];
export type BridgePoint = S['StudySessionBridgePoint'];
export type SessionFormat = S['StudySessionFormat'];
export type OrganizerKind = S['StudySessionOrganizerKind'];
export type RemarkKind = S['StudyRemarkKind'];
export type StudyRemark = S['StudyRemark'];
export type StudyRemarkInput = S['StudyRemarkInput'];
export type StudyParticipationReport = S['StudyParticipationReport'];
export type StudyParticipationRow = S['StudyParticipationRow'];
export type ActionPlanReport = S['ActionPlanReport'];
export type ActionPlanReportRow = S['ActionPlanReportRow'];
export type Resolution = S['Resolution'];

/** If-Match for a version read earlier. */
export const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });
