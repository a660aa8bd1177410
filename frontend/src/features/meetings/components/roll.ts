import { everyValueOf } from '@/lib/api/enums';
import type { components } from '@/lib/api/schema';

export type AttendanceStatus = components['schemas']['AttendanceStatus'];

/** The order a member's status takes as the row is tapped again and again: every status, PRESENT first. */
export const STATUS_CYCLE = everyValueOf<AttendanceStatus>()(['PRESENT', 'EXCUSED', 'UNEXCUSED', 'EXEMPT']);

/** The next status when a member's row is tapped. */
export function nextStatus(status: AttendanceStatus): AttendanceStatus {
  return STATUS_CYCLE[(STATUS_CYCLE.indexOf(status) + 1) % STATUS_CYCLE.length]!;
}

export interface RollCounts {
  total: number;
  present: number;
  excused: number;
  unexcused: number;
  exempt: number;
  /** present ÷ (total − exempt) × 100, one decimal, as the API computes it; null when nobody had to attend. */
  rate: number | null;
}

export function countRoll(statuses: readonly AttendanceStatus[]): RollCounts {
  const count = (s: AttendanceStatus) => statuses.filter((x) => x === s).length;
  const total = statuses.length;
  const exempt = count('EXEMPT');
  const present = count('PRESENT');
  const required = total - exempt;
  return {
    total,
    present,
    excused: count('EXCUSED'),
    unexcused: count('UNEXCUSED'),
    exempt,
    rate: required > 0 ? Math.round((present / required) * 1000) / 10 : null,
  };
}
