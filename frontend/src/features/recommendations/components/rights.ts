import type { Role } from '@/lib/access';
import type { Recommendation } from '../api/types';

export type Action = 'forward' | 'answer' | 'accept' | 'reanswer' | 'resolve' | 'comment';

export interface Caller {
  role: Role | undefined;
  organizationId: string | null | undefined;
}

const OFFICE: readonly (Role | undefined)[] = ['SYSTEM_ADMIN', 'DISTRICT_OFFICE'];

/**
 * The thread's next steps this caller may take now, as the API's rules have it (ThreadService): the status allows
 * the step (`nextSteps`), and the caller is the one who takes it — the office forwards and judges; the addressed body
 * itself (a department's responder, the addressed commune's officer) answers; the addressee, or the office once the
 * answer is published, reports it resolved; the raiser or the office comments. The API still decides.
 */
export function actionsFor(r: Recommendation, { role, organizationId }: Caller): Action[] {
  const office = OFFICE.includes(role);
  const addressee =
    role === 'SYSTEM_ADMIN' || ((role === 'RESPONDER' || role === 'GRASSROOTS_OFFICER') && organizationId === r.addresseeId);
  const raiser = (role === 'BRANCH_SECRETARY' || role === 'GRASSROOTS_OFFICER') && organizationId === r.raisedById;
  const next = new Set(r.nextSteps);
  const actions: Action[] = [];
  if (office && next.has('FORWARDED')) actions.push('forward');
  if (addressee && next.has('ANSWERED')) actions.push('answer');
  if (office && next.has('ACCEPTED')) actions.push('accept');
  if (office && next.has('REANSWER_REQUESTED')) actions.push('reanswer');
  if (next.has('RESOLVED') && (addressee || (office && r.status === 'PUBLISHED'))) actions.push('resolve');
  if (office || raiser) actions.push('comment');
  return actions;
}
