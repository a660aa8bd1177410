import { describe, expect, it } from 'vitest';
import { BRANCH, DEPARTMENT, DISTRICT, recommendation } from './fixtures.test-data';
import { actionsFor } from './rights';

describe('the next steps a role is offered', () => {
  it('a forwarded recommendation: only the addressed department answers', () => {
    const r = recommendation({ status: 'FORWARDED', nextSteps: ['ANSWERED'] });
    expect(actionsFor(r, { role: 'RESPONDER', organizationId: DEPARTMENT })).toEqual(['answer']);
    expect(actionsFor(r, { role: 'RESPONDER', organizationId: '00000000-0000-4000-8000-00000000d999' })).toEqual([]);
    expect(actionsFor(r, { role: 'DISTRICT_OFFICE', organizationId: DISTRICT })).toEqual(['comment']);
    expect(actionsFor(r, { role: 'INSPECTOR', organizationId: DISTRICT })).toEqual([]);
  });

  it('an answered one: the office accepts or asks again; the raiser may only comment', () => {
    const r = recommendation({ status: 'ANSWERED', nextSteps: ['ACCEPTED', 'REANSWER_REQUESTED'] });
    expect(actionsFor(r, { role: 'DISTRICT_OFFICE', organizationId: DISTRICT })).toEqual(['accept', 'reanswer', 'comment']);
    expect(actionsFor(r, { role: 'BRANCH_SECRETARY', organizationId: BRANCH })).toEqual(['comment']);
    expect(actionsFor(r, { role: 'RESPONDER', organizationId: DEPARTMENT })).toEqual([]);
  });

  it('raised to a commune: the office forwards, the commune may resolve within its own authority', () => {
    const commune = '00000000-0000-4000-8000-00000000c0c0';
    const r = recommendation({ status: 'RAISED', addresseeId: commune, nextSteps: ['FORWARDED', 'RESOLVED'] });
    expect(actionsFor(r, { role: 'DISTRICT_OFFICE', organizationId: DISTRICT })).toEqual(['forward', 'comment']);
    expect(actionsFor(r, { role: 'GRASSROOTS_OFFICER', organizationId: commune })).toEqual(['resolve']);
  });

  it('published: the addressee or the office reports it resolved; resolved: comments only', () => {
    const published = recommendation({ status: 'PUBLISHED', nextSteps: ['RESOLVED'] });
    expect(actionsFor(published, { role: 'DISTRICT_OFFICE', organizationId: DISTRICT })).toEqual(['resolve', 'comment']);
    expect(actionsFor(published, { role: 'RESPONDER', organizationId: DEPARTMENT })).toEqual(['resolve']);
    const resolved = recommendation({ status: 'RESOLVED', nextSteps: [] });
    expect(actionsFor(resolved, { role: 'SYSTEM_ADMIN', organizationId: null })).toEqual(['comment']);
  });
});
