import { everyValueOf } from '@/lib/api/enums';
import { conferenceKindValues, conferenceStatusValues } from '@/lib/api/schema';
import type { ConferenceKind, ConferenceStatus } from '../api/conferences';

/** The statuses and kinds in the contract's order, the order the filters show. */
export const STATUSES: readonly ConferenceStatus[] = conferenceStatusValues;
export const KINDS: readonly ConferenceKind[] = conferenceKindValues;

/** The steps a conference's page shows, in the order it goes through them: every status but CANCELLED, which ends any step. */
export const LIFECYCLE = everyValueOf<Exclude<ConferenceStatus, 'CANCELLED'>>()([
  'PROPOSED', 'SURVEYED', 'SCHEDULED', 'HELD', 'RESOLUTION_ISSUED', 'FOLLOW_UP', 'CLOSED',
]);
