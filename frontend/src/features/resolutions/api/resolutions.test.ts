import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '@/lib/api/schema';
import type { TargetMeetingKind } from './resolutions';

describe('the kind of meeting a target limits itself to', () => {
  // The contract writes these values inline in TargetInput; the editor offers MeetingKindValue's array for them.
  it('has exactly the values of MeetingKindValue (checked by tsc)', () => {
    expectTypeOf<TargetMeetingKind>().toEqualTypeOf<components['schemas']['MeetingKindValue']>();
  });
});
