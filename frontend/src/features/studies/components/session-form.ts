import dayjs, { type Dayjs } from 'dayjs';
import type { NumberValue } from '@/components/NumberInput';
import { ApiProblemError } from '@/lib/api/problem';
import type { Audience, OrganizerKind, SessionFormat, StudyPlan, StudySession, StudySessionInput } from '../api/types';
import { formatHas } from './labels';

export interface PointValue {
  name?: string;
  hostOrganizationId?: string | null;
  expected?: NumberValue;
  attended?: NumberValue;
}

export interface SessionFormValues {
  organizationId?: string;
  organizerKind?: OrganizerKind;
  organizerName?: string;
  audience?: Audience;
  format: SessionFormat;
  title?: string;
  place?: string;
  presenterName?: string;
  day?: Dayjs | null;
  /** "HH:mm", as a time field gives it. */
  start?: string;
  end?: string;
  inPersonExpected?: NumberValue;
  inPersonAttended?: NumberValue;
  bridgePoints?: PointValue[];
}

/** The form's top-level names, where the server's field errors go (startsAt and endsAt under the times). */
export const FIELDS = [
  'organizationId', 'organizerKind', 'organizerName', 'audience', 'format', 'title', 'place', 'presenterName',
  'day', 'start', 'end', 'inPersonExpected', 'inPersonAttended', 'bridgePoints',
] as const;

const count = (v: NumberValue | undefined): number | null => (typeof v === 'number' ? v : null);

/** The day at the time typed ("07:30"); null without both. */
export function at(date: Dayjs | null | undefined, time: string | null | undefined): Dayjs | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time ?? '');
  if (!date || !match) return null;
  return date.hour(Number(match[1])).minute(Number(match[2])).second(0).millisecond(0);
}

/** What the server is sent: only the counts the format has (the hall, the points or both). */
export function toInput(v: SessionFormValues, studyPlanId: string, externalId: string | null = null): StudySessionInput {
  const has = formatHas(v.format);
  return {
    studyPlanId,
    organizationId: v.organizationId!,
    organizerKind: v.organizerKind!,
    organizerName: v.organizerName?.trim() || null,
    audience: v.audience!,
    format: v.format,
    title: v.title!.trim(),
    place: v.place?.trim() || null,
    presenterName: v.presenterName?.trim() || null,
    startsAt: at(v.day, v.start)?.format() ?? '',
    endsAt: at(v.day, v.end)?.format() ?? '',
    inPersonExpected: has.hall ? count(v.inPersonExpected) : null,
    inPersonAttended: has.hall ? count(v.inPersonAttended) : null,
    bridgePoints: has.points
      ? (v.bridgePoints ?? []).map((p) => ({
          name: p.name?.trim() ?? '',
          hostOrganizationId: p.hostOrganizationId ?? null,
          expected: count(p.expected),
          attended: count(p.attended),
        }))
      : null,
    externalId,
  };
}

export function fromSession(s: StudySession): SessionFormValues {
  const starts = dayjs(s.startsAt);
  return {
    organizationId: s.organizationId,
    organizerKind: s.organizerKind,
    organizerName: s.organizerName ?? undefined,
    audience: s.audience,
    format: s.format,
    title: s.title,
    place: s.place ?? undefined,
    presenterName: s.presenterName ?? undefined,
    day: starts.startOf('day'),
    start: starts.format('HH:mm'),
    end: dayjs(s.endsAt).format('HH:mm'),
    inPersonExpected: s.inPersonExpected ?? null,
    inPersonAttended: s.inPersonAttended ?? null,
    bridgePoints: s.bridgePoints.map((p) => ({ ...p })),
  };
}

/**
 * A new session of a plan: held by the plan's committee (or the officer's own), hybrid, the plan's first level, from
 * 07:30 to 11:00 on the last day those hours are over (today after 11:00, else yesterday): a session is recorded once
 * held, and the reports count only sessions that have begun.
 */
export function newSession(
  plan: StudyPlan,
  own: { organizationId: string | null | undefined; grassroots: boolean },
  title: string,
  now: Dayjs = dayjs(),
): SessionFormValues {
  const today = now.startOf('day');
  return {
    organizationId: own.grassroots && own.organizationId ? own.organizationId : plan.organizationId,
    organizerKind: own.grassroots ? 'GRASSROOTS_COMMITTEE' : 'STANDING_COMMITTEE',
    audience: plan.levels[0]?.audience ?? 'KEY_CADRES',
    format: 'HYBRID',
    title,
    presenterName: plan.presenters[0]?.fullName,
    day: now.isAfter(today.hour(11)) ? today : today.subtract(1, 'day'),
    start: '07:30',
    end: '11:00',
    inPersonExpected: null,
    inPersonAttended: null,
    bridgePoints: [],
  };
}

/**
 * The preview of the participation rate while the counts are typed, by the SPEC's definition (the server's): 100 ×
 * Σ min(attended, expected) ÷ Σ expected over the points and the hall the format has, half-up to one decimal; null
 * when nothing is expected. Shown as a preview only; the page of the saved session shows the server's figure.
 */
export function previewRate(v: Pick<SessionFormValues, 'format' | 'inPersonExpected' | 'inPersonAttended' | 'bridgePoints'>): number | null {
  const has = formatHas(v.format);
  const pairs: [number, number][] = [];
  if (has.hall) pairs.push([count(v.inPersonExpected) ?? 0, count(v.inPersonAttended) ?? 0]);
  if (has.points) for (const p of v.bridgePoints ?? []) pairs.push([count(p.expected) ?? 0, count(p.attended) ?? 0]);
  let expected = 0;
  let within = 0;
  for (const [e, a] of pairs) {
    if (e < 0 || a < 0) continue;
    expected += e;
    within += Math.min(a, e);
  }
  if (expected === 0) return null;
  // Half-up on whole numbers: tenths of a percent = round(1000 × within ÷ expected).
  return Math.floor((2000 * within + expected) / (2 * expected)) / 10;
}

/** The server's errors with startsAt and endsAt put under the form's time fields. */
export function onTimeFields(error: unknown): unknown {
  if (!(error instanceof ApiProblemError) || !error.problem.errors) return error;
  const rename: Record<string, string> = { startsAt: 'start', endsAt: 'end' };
  return new ApiProblemError(error.status, { ...error.problem, errors: error.problem.errors.map((e) => ({ ...e, field: rename[e.field] ?? e.field })) }, error.retryAfter);
}
