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
  | 'readMeetingDetails'
  | 'readMemberNames';

const ALLOWED: Readonly<Record<Action, readonly Role[]>> = {
  manageConferences: ['SYSTEM_ADMIN', 'DISTRICT_OFFICE', 'GRASSROOTS_OFFICER'],
  manageResolutions: ['SYSTEM_ADMIN', 'DISTRICT_OFFICE', 'GRASSROOTS_OFFICER'],
  recordMeetings: ['SYSTEM_ADMIN', 'DISTRICT_OFFICE', 'GRASSROOTS_OFFICER', 'BRANCH_SECRETARY'],
  readMeetingDetails: ['SYSTEM_ADMIN', 'DISTRICT_OFFICE', 'GRASSROOTS_OFFICER', 'BRANCH_SECRETARY', 'INSPECTOR'],
  readMemberNames: ['SYSTEM_ADMIN', 'DISTRICT_OFFICE', 'GRASSROOTS_OFFICER', 'BRANCH_SECRETARY'],
};

export function can(role: Role | undefined, action: Action): boolean {
  return role !== undefined && ALLOWED[action].includes(role);
}
