import { describe, expect, it } from 'vitest';
import { actionPlan, COMMUNE, DISTRICT } from './fixtures.test-data';
import { actionPlanMoves, mayPlan, mayRecordSessionOf } from './rights';

describe('who is offered what', () => {
  it('a pending action plan: its own grassroots committee or the office submits it; no one else', () => {
    const pending = actionPlan();
    expect(actionPlanMoves(pending, { role: 'GRASSROOTS_OFFICER', organizationId: COMMUNE })).toEqual(['submit']);
    expect(actionPlanMoves(pending, { role: 'GRASSROOTS_OFFICER', organizationId: '00000000-0000-4000-8000-00000000c0c1' })).toEqual([]);
    expect(actionPlanMoves(pending, { role: 'DISTRICT_OFFICE', organizationId: DISTRICT })).toEqual(['submit']);
    expect(actionPlanMoves(pending, { role: 'BRANCH_SECRETARY', organizationId: COMMUNE })).toEqual([]);
  });

  it('a submitted one: the office accepts or returns it, the committee waits', () => {
    const submitted = actionPlan({ status: 'SUBMITTED', allowedTransitions: ['ACCEPTED', 'RETURNED'] });
    expect(actionPlanMoves(submitted, { role: 'DISTRICT_OFFICE', organizationId: DISTRICT })).toEqual(['accept', 'return']);
    expect(actionPlanMoves(submitted, { role: 'GRASSROOTS_OFFICER', organizationId: COMMUNE })).toEqual([]);
    expect(actionPlanMoves(submitted, { role: 'INSPECTOR', organizationId: DISTRICT })).toEqual([]);
  });

  it('plans are the office’s; a grassroots committee records only its own sessions', () => {
    expect(mayPlan({ role: 'DISTRICT_OFFICE', organizationId: DISTRICT })).toBe(true);
    expect(mayPlan({ role: 'GRASSROOTS_OFFICER', organizationId: COMMUNE })).toBe(false);
    expect(mayRecordSessionOf({ role: 'GRASSROOTS_OFFICER', organizationId: COMMUNE }, COMMUNE)).toBe(true);
    expect(mayRecordSessionOf({ role: 'GRASSROOTS_OFFICER', organizationId: COMMUNE }, DISTRICT)).toBe(false);
    expect(mayRecordSessionOf({ role: 'INSPECTOR', organizationId: DISTRICT }, DISTRICT)).toBe(false);
  });
});
