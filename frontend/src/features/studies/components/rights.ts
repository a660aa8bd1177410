import type { Role } from '@/lib/access';
import type { ActionPlan } from '../api/types';

/**
 * What a role may do with studies, as the API's rules have it (SPEC, access-matrix.csv): the district office (and the
 * propaganda department, whose staff hold its accounts) plans; it and a grassroots committee record sessions and
 * remarks (the committee its own); a grassroots committee submits its own action plan, the office accepts or returns
 * it. The screens offer only that; the server still decides, within the caller's subtree.
 */
const OFFICE: readonly Role[] = ['SYSTEM_ADMIN', 'DISTRICT_OFFICE'];

export interface Caller {
  role: Role | undefined;
  organizationId: string | null | undefined;
}

export function mayPlan({ role }: Caller): boolean {
  return role !== undefined && OFFICE.includes(role);
}

/** Records sessions (and remarks on them): the office anywhere in its subtree, a grassroots committee its own. */
export function mayRecordSessions({ role }: Caller): boolean {
  return role !== undefined && (OFFICE.includes(role) || role === 'GRASSROOTS_OFFICER');
}

export function mayRecordSessionOf(caller: Caller, organizationId: string): boolean {
  if (caller.role === 'GRASSROOTS_OFFICER') return caller.organizationId === organizationId;
  return mayRecordSessions(caller);
}

export type ActionPlanMove = 'submit' | 'accept' | 'return';

/** The moves of an action plan this caller is offered now: the lifecycle allows it and the caller is the one to make it. */
export function actionPlanMoves(plan: ActionPlan, { role, organizationId }: Caller): ActionPlanMove[] {
  const office = role !== undefined && OFFICE.includes(role);
  const own = role === 'GRASSROOTS_OFFICER' && organizationId === plan.organizationId;
  const next = new Set(plan.allowedTransitions);
  const moves: ActionPlanMove[] = [];
  if (next.has('SUBMITTED') && (office || own)) moves.push('submit');
  if (next.has('ACCEPTED') && office) moves.push('accept');
  if (next.has('RETURNED') && office) moves.push('return');
  return moves;
}
