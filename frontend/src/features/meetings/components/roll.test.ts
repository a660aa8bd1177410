import { describe, expect, it } from 'vitest';
import { attendanceStatusValues } from '@/lib/api/schema';
import { nextStatus, STATUS_CYCLE } from './roll';

describe('tapping a member’s row', () => {
  it('goes through every attendance status of the contract once, and back to present', () => {
    expect([...STATUS_CYCLE].sort()).toEqual([...attendanceStatusValues].sort());
    const seen = [STATUS_CYCLE[0]!];
    for (let i = 1; i < STATUS_CYCLE.length; i++) seen.push(nextStatus(seen[i - 1]!));
    expect(seen).toEqual(['PRESENT', 'EXCUSED', 'UNEXCUSED', 'EXEMPT']);
    expect(nextStatus('EXEMPT')).toBe('PRESENT');
  });
});
