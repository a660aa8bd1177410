import type { ConferenceKind, ConferenceStatus } from '../api/conferences';

export const STATUSES: ConferenceStatus[] = [
  'PROPOSED', 'SURVEYED', 'SCHEDULED', 'HELD', 'RESOLUTION_ISSUED', 'FOLLOW_UP', 'CLOSED', 'CANCELLED',
];
export const KINDS: ConferenceKind[] = ['THEMATIC', 'SEMINAR', 'CONTEST'];

