import dayjs, { type Dayjs } from 'dayjs';
import type { NumberValue } from '@/components/NumberInput';
import { meetingKindValueValues, opinionAreaValues, taskStatusValues } from '@/lib/api/schema';
import type { Member } from '../api/get-branch-context';
import type { Criterion } from '../api/get-meeting-templates';
import type { Meeting, MeetingKind, OpinionArea, TaskStatus } from '../api/get-meetings';
import type { MeetingInput } from '../api/save-meeting';
import type { RollLine } from './RollCall';

/** The opinion areas, meeting kinds and task statuses in the contract's order, the order the form offers them. */
export const AREAS: readonly OpinionArea[] = opinionAreaValues;
export const KINDS: readonly MeetingKind[] = meetingKindValueValues;
export const TASK_STATUSES: readonly TaskStatus[] = taskStatusValues;

/** The contract's limits on texts and lists: refused with a message, never cut. */
export const LIMITS = { theme: 500, topic: 500, person: 255, guest: 500, guests: 100, summary: 5000, task: 1000, conclusions: 20000 } as const;

export interface TaskValue {
  id?: string | null;
  title?: string;
  assigneeName?: string | null;
  dueOn?: Dayjs | null;
  status?: TaskStatus;
  carriedFromTaskId?: string | null;
}

export interface MeetingFormValues {
  branchId?: string | null;
  kind: MeetingKind;
  theme?: string | null;
  topic?: string | null;
  date?: Dayjs | null;
  /** "HH:mm", as a time field gives it. */
  start?: string | null;
  end?: string | null;
  chair?: string | null;
  minuteTaker?: string | null;
  /** One guest a line. */
  guests?: string | null;
  attendance?: RollLine[];
  membersTotal?: NumberValue;
  present?: NumberValue;
  excused?: NumberValue;
  unexcused?: NumberValue;
  exempt?: NumberValue;
  opinions?: { speaker?: string; area?: OpinionArea; summary?: string | null }[];
  procedure?: string[];
  conclusions?: string | null;
  tasks?: TaskValue[];
  vote?: { inFavour?: NumberValue; voters?: NumberValue };
  score?: Record<string, NumberValue | undefined>;
  /** Only to carry the server's errors about the times. */
  startedAt?: string | null;
  endedAt?: string | null;
}

/** The form's top-level fields: a server error about any other field is listed in the summary only. */
export const FIELDS = [
  'branchId', 'kind', 'theme', 'topic', 'startedAt', 'endedAt', 'chair', 'minuteTaker', 'guests', 'membersTotal',
  'present', 'excused', 'unexcused', 'exempt', 'opinions', 'conclusions', 'tasks', 'vote',
] as const;

/** The day at the time typed ("19:30"); null without both. */
export function at(date: Dayjs | null | undefined, time: string | null | undefined): Dayjs | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time ?? '');
  if (!date || !match) return null;
  return date.hour(Number(match[1])).minute(Number(match[2])).second(0).millisecond(0);
}

/** A whole number of the form, or null (the rules have refused anything else before sending). */
export function whole(value: NumberValue | undefined): number | null {
  return typeof value === 'number' ? value : null;
}

export function guestsOf(text: string | null | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The form's values as the API takes them. The checklist and the score sheet are the branch's current templates:
 * a step is done when its text is among the ticked ones, a criterion has the points entered under its code.
 */
export function toInput(values: MeetingFormValues, rollKnown: boolean, criteria: readonly Criterion[], steps: readonly string[]): MeetingInput {
  const done = new Set(values.procedure ?? []);
  const points = criteria
    .map((c) => ({ code: c.code, points: whole(values.score?.[c.code]) }))
    .filter((c): c is { code: string; points: number } => c.points !== null);
  const inFavour = whole(values.vote?.inFavour);
  const voters = whole(values.vote?.voters);
  return {
    branchId: values.branchId!,
    kind: values.kind,
    theme: values.kind === 'THEMATIC' ? values.theme?.trim() || null : null,
    topic: values.topic?.trim() || null,
    startedAt: at(values.date, values.start)?.format() ?? null,
    endedAt: at(values.date, values.end)?.format() ?? null,
    held: true,
    chair: values.chair?.trim() || null,
    minuteTaker: values.minuteTaker?.trim() || null,
    guests: guestsOf(values.guests),
    ...(rollKnown
      ? {
          attendance: (values.attendance ?? []).map((l) => ({
            memberId: l.memberId,
            status: l.status,
            reason: l.status === 'EXCUSED' ? l.reason?.trim() || null : null,
          })),
        }
      : {
          membersTotal: whole(values.membersTotal),
          present: whole(values.present),
          excused: whole(values.excused) ?? 0,
          unexcused: whole(values.unexcused) ?? 0,
          exempt: whole(values.exempt) ?? 0,
        }),
    opinions: (values.opinions ?? [])
      .filter((o) => o.speaker?.trim())
      .map((o) => ({ speaker: o.speaker!.trim(), area: o.area ?? 'PARTY_BUILDING', summary: o.summary?.trim() || null })),
    procedure: steps.map((step) => ({ step, done: done.has(step) })),
    conclusions: values.conclusions?.trim() || null,
    tasks: (values.tasks ?? [])
      .filter((task) => task.title?.trim())
      .map((task) => ({
        id: task.id ?? null,
        title: task.title!.trim(),
        assigneeName: task.assigneeName?.trim() || null,
        dueOn: task.dueOn ? task.dueOn.format('YYYY-MM-DD') : null,
        status: task.status ?? 'OPEN',
        carriedFromTaskId: task.carriedFromTaskId ?? null,
      })),
    vote: inFavour !== null && voters !== null ? { inFavour, voters } : null,
    score: points.length > 0 ? { criteria: points } : null,
  };
}

/**
 * A stored record as the form's values, to edit it: the ticked steps by their text and the points by criterion
 * code, so they land on the same step and criterion of the current templates whatever their order there.
 */
export function fromMeeting(m: Meeting): MeetingFormValues {
  const started = m.startedAt ? dayjs(m.startedAt) : null;
  return {
    branchId: m.branchId,
    kind: m.kind,
    theme: m.theme ?? null,
    topic: m.topic ?? null,
    date: started,
    start: started ? started.format('HH:mm') : null,
    end: m.endedAt ? dayjs(m.endedAt).format('HH:mm') : null,
    chair: m.chair ?? null,
    minuteTaker: m.minuteTaker ?? null,
    guests: m.guests.join('\n'),
    attendance: m.attendance?.map((a) => ({ memberId: a.memberId, status: a.status, reason: a.reason ?? null })),
    membersTotal: m.membersTotal ?? null,
    present: m.present ?? null,
    excused: m.excused ?? null,
    unexcused: m.unexcused ?? null,
    exempt: m.exempt ?? null,
    opinions: m.opinions.map((o) => ({ speaker: o.speaker ?? undefined, area: o.area, summary: o.summary ?? null })),
    procedure: m.procedure.filter((p) => p.done).map((p) => p.step.trim()),
    conclusions: m.conclusions ?? null,
    tasks: m.tasks.map((task) => ({ ...task, dueOn: task.dueOn ? dayjs(task.dueOn) : null })),
    vote: m.vote ?? {},
    score: Object.fromEntries((m.score?.criteria ?? []).map((c) => [c.code.trim(), c.points ?? undefined])),
  };
}

export function rollFor(members: Member[]): RollLine[] {
  return members.map((m) => ({ memberId: m.id, status: m.exempt ? 'EXEMPT' : 'PRESENT', reason: null }));
}

/**
 * What a new record starts from: 14:00 to 15:45 on the last day that meeting could have ended (today from 15:45,
 * else yesterday: the form never proposes a time it would refuse as in the future), the secretary's own branch.
 */
export function newRecord(branchId: string | null, now: Dayjs = dayjs()): MeetingFormValues {
  const endedToday = !at(now, '15:45')!.isAfter(now);
  return {
    branchId,
    kind: 'REGULAR',
    date: endedToday ? now : now.subtract(1, 'day'),
    start: '14:00',
    end: '15:45',
    attendance: [],
    opinions: [],
    procedure: [],
    tasks: [],
    vote: {},
    score: {},
  };
}
