import type { components } from './api/schema';

export type Role = components['schemas']['Role'];

/**
 * What each role may do, as the API's access rules have it (backend/src/test/resources/access-matrix.csv):
 * the screens offer only what the role is allowed, the API still decides.
 */
export type Action =
  | 'manageConferences'
  | 'manageResolutions'
  | 'recordMeetings'
  | 'setMeetingTemplates'
  | 'readMeetingDetails'
  | 'readMemberNames'
  | 'raiseRecommendations'
  | 'manageBriefings'
  | 'publishAnswers';

const ALLOWED: Readonly<Record<Action, readonly Role[]>> = {
  manageConferences: ['SYSTEM_ADMIN', 'DISTRICT_OFFICE', 'GRASSROOTS_OFFICER'],
  manageResolutions: ['SYSTEM_ADMIN', 'DISTRICT_OFFICE', 'GRASSROOTS_OFFICER'],
  recordMeetings: ['SYSTEM_ADMIN', 'DISTRICT_OFFICE', 'GRASSROOTS_OFFICER', 'BRANCH_SECRETARY'],
  // Within the role's subtree, which the server decides.
  setMeetingTemplates: ['SYSTEM_ADMIN', 'DISTRICT_OFFICE', 'GRASSROOTS_OFFICER'],
  readMeetingDetails: ['SYSTEM_ADMIN', 'DISTRICT_OFFICE', 'GRASSROOTS_OFFICER', 'BRANCH_SECRETARY', 'INSPECTOR'],
  readMemberNames: ['SYSTEM_ADMIN', 'DISTRICT_OFFICE', 'GRASSROOTS_OFFICER', 'BRANCH_SECRETARY'],
  raiseRecommendations: ['SYSTEM_ADMIN', 'DISTRICT_OFFICE', 'GRASSROOTS_OFFICER', 'BRANCH_SECRETARY'],
  manageBriefings: ['SYSTEM_ADMIN', 'DISTRICT_OFFICE'],
  publishAnswers: ['SYSTEM_ADMIN', 'DISTRICT_OFFICE'],
};

export function can(role: Role | undefined, action: Action): boolean {
  return role !== undefined && ALLOWED[action].includes(role);
}
