import type { FormInstance, FormRule } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { wholeNumberRule, type NumberValue } from '@/components/NumberInput';
import { at, guestsOf, LIMITS, whole, type MeetingFormValues } from './meeting-form';
import type { RollLine } from './RollCall';

type Get = FormInstance<MeetingFormValues>['getFieldValue'];

const empty = (value: NumberValue | undefined) => value === null || value === undefined || value === '';

/**
 * What the form checks before sending, with the server's own rules where it has them (MeetingRules): nothing the
 * user typed is changed to pass, it is refused with the field's message. `present` is the roll's count of members
 * present when the branch has a roster (the vote's voters cannot exceed it).
 */
export function entryRules(t: TFunction, rollPresent: () => number | null) {
  const numberMessages = { notWhole: t('meetings.check.wholeNumber'), belowMin: t('meetings.check.wholeNumber') };
  const text = (max: number): FormRule => ({
    validator: async (_, value?: string | null) => {
      if (value && value.length > max) throw new Error(t('meetings.check.tooLong', { max, length: value.length }));
    },
  });
  const counts = (get: Get) => ({
    total: whole(get('membersTotal') as NumberValue),
    present: whole(get('present') as NumberValue),
    excused: whole(get('excused') as NumberValue) ?? 0,
    unexcused: whole(get('unexcused') as NumberValue) ?? 0,
    exempt: whole(get('exempt') as NumberValue) ?? 0,
  });
  const voteOther = (get: Get, other: 'inFavour' | 'voters') => get(['vote', other]) as NumberValue | undefined;

  return {
    text,
    number: wholeNumberRule(numberMessages),
    required: (message: string): FormRule => ({ required: true, message }),
    /** Not in the future: only a meeting that took place is recorded. */
    notFuture: (({ getFieldValue }) => ({
      validator: async (_, time?: string | null) => {
        const when = at(getFieldValue('date'), time);
        if (when && when.isAfter(dayjs())) throw new Error(t('meetings.check.future'));
      },
    })) as FormRule,
    /** The end after the start, and not in the future either. */
    endAfterStart: (({ getFieldValue }) => ({
      validator: async (_, time?: string | null) => {
        const start = at(getFieldValue('date'), getFieldValue('start'));
        const end = at(getFieldValue('date'), time);
        if (start && end && !end.isAfter(start)) throw new Error(t('meetings.check.endBeforeStart'));
        if (end && end.isAfter(dayjs())) throw new Error(t('meetings.check.future'));
      },
    })) as FormRule,
    /** Without a roster: the counts, which must add up to the members (the server's meeting.counts.sum). */
    countRequired: { required: true, message: t('meetings.check.countsRequired') } as FormRule,
    countsAddUp: (({ getFieldValue }) => ({
      validator: async () => {
        const c = counts(getFieldValue);
        if (c.total === null || c.present === null) return;
        const sum = c.present + c.excused + c.unexcused + c.exempt;
        if (sum !== c.total) throw new Error(t('meetings.check.countsSum', { ...c, sum }));
      },
    })) as FormRule,
    /** Both numbers of the vote or neither (the empty one is asked for); in favour at most the voters, the voters at most those present. */
    inFavour: (({ getFieldValue }) => ({
      validator: async (_, value?: NumberValue) => {
        const voters = voteOther(getFieldValue, 'voters');
        if (empty(value) && !empty(voters)) throw new Error(t('meetings.check.voteBoth'));
        const given = whole(value);
        const of = whole(voters);
        if (given !== null && of !== null && given > of) throw new Error(t('meetings.check.inFavourAboveVoters', { voters: of }));
      },
    })) as FormRule,
    voters: (({ getFieldValue }) => ({
      validator: async (_, value?: NumberValue) => {
        if (empty(value) && !empty(voteOther(getFieldValue, 'inFavour'))) throw new Error(t('meetings.check.voteBoth'));
        const voters = whole(value);
        const present = rollPresent() ?? whole(getFieldValue('present') as NumberValue);
        if (voters !== null && present !== null && voters > present) throw new Error(t('meetings.check.votersAbovePresent', { present }));
      },
    })) as FormRule,
    /** A criterion's points: a whole number up to its maximum, refused above it (never lowered to it). */
    points: (max: number): FormRule =>
      wholeNumberRule({ ...numberMessages, aboveMax: (value) => t('meetings.check.scoreAboveMax', { max, value }) }, 0, max),
    guests: {
      validator: async (_: unknown, value?: string | null) => {
        const guests = guestsOf(value);
        if (guests.length > LIMITS.guests) throw new Error(t('meetings.check.tooManyGuests', { max: LIMITS.guests, count: guests.length }));
        const long = guests.find((g) => g.length > LIMITS.guest);
        if (long) throw new Error(t('meetings.check.tooLong', { max: LIMITS.guest, length: long.length }));
      },
    } as FormRule,
    /** An opinion or a task with something in it needs its speaker or its title (else it would be dropped). */
    speaker: (index: number): FormRule => ({ getFieldValue }) => ({
      validator: async (_, value?: string) => {
        const summary = getFieldValue(['opinions', index, 'summary']) as string | null | undefined;
        if (!value?.trim() && summary?.trim()) throw new Error(t('meetings.check.speakerRequired'));
      },
    }),
    taskTitle: (index: number): FormRule => ({ getFieldValue }) => ({
      validator: async (_, value?: string) => {
        const task = (getFieldValue(['tasks', index]) ?? {}) as { assigneeName?: string | null; dueOn?: unknown };
        if (!value?.trim() && (task.assigneeName?.trim() || task.dueOn)) throw new Error(t('meetings.check.taskTitleRequired'));
      },
    }),
  };
}

export type EntryRules = ReturnType<typeof entryRules>;

/** The roll's lines that cannot be sent as they are: an excused absence without its reason. */
export function rollProblems(t: TFunction, lines: readonly RollLine[] | undefined): Record<number, string> {
  const problems: Record<number, string> = {};
  (lines ?? []).forEach((line, index) => {
    if (line.status === 'EXCUSED' && !line.reason?.trim()) problems[index] = t('meetings.check.reasonRequired');
  });
  return problems;
}
