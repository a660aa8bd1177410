import { describe, expect, it } from 'vitest';
import { conferenceStatusValues } from '@/lib/api/schema';
import { LIFECYCLE, STATUSES } from './labels';

describe('a conference’s statuses', () => {
  it('are offered as the contract lists them, and shown as steps in the order of the lifecycle, cancelled aside', () => {
    expect(STATUSES).toEqual(conferenceStatusValues);
    expect([...LIFECYCLE, 'CANCELLED'].sort()).toEqual([...conferenceStatusValues].sort());
    expect(LIFECYCLE[0]).toBe('PROPOSED');
    expect(LIFECYCLE.at(-1)).toBe('CLOSED');
  });
});
