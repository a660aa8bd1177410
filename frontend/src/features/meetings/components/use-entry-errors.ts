import type { FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblemError, type FieldError, type Problem } from '@/lib/api/problem';
import { applyFieldErrors } from '@/lib/problems';
import type { Member } from '../api/get-branch-context';
import type { Criterion } from '../api/get-meeting-templates';
import type { MeetingInput } from '../api/save-meeting';
import type { SummaryItem } from './ErrorSummary';
import { FIELDS, type MeetingFormValues } from './meeting-form';
import type { RollLine } from './RollCall';

/** The fields of the first section, listed in the summary before the roll's lines. */
const BASICS = new Set(['branchId', 'kind', 'theme', 'topic', 'date', 'start', 'end', 'chair', 'minuteTaker', 'guests']);
type FieldErrors = { name: (string | number)[]; errors: string[] }[];
/** A second regular record of the month (409): the server names the record the branch already has (existingId). */
export type Duplicate = Problem;

interface Context {
  form: FormInstance<MeetingFormValues>;
  criteria: readonly Criterion[];
  members: readonly Member[];
  attendance: RollLine[] | undefined;
}

/**
 * What keeps the meeting form from being saved, as its summary lists it: the fields in error (the form's checks and
 * the server's 422/409, in the order they show), the roll's lines, and what the server refused that no field holds.
 * Once a save was refused the list follows the form as it is fixed; the first item gets the focus.
 */
export function useEntryErrors({ form, criteria, members, attendance }: Context) {
  const { t } = useTranslation();
  const [rollErrors, setRollErrors] = useState<Record<number, string>>({});
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>([]);
  const [otherErrors, setOtherErrors] = useState<FieldError[]>([]);
  const [duplicate, setDuplicate] = useState<Duplicate | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);

  /** The field's name as its label says it. */
  const labelOf = (name: (string | number)[]): string => {
    const [head, index, part] = name;
    const own: Record<string, string> = {
      branchId: t('meetings.branch'), kind: t('meetings.kind'), theme: t('meetings.theme'), topic: t('meetings.topic'),
      date: t('meetings.date'), start: t('meetings.start'), end: t('meetings.end'), chair: t('meetings.chair'),
      minuteTaker: t('meetings.minuteTaker'), guests: t('meetings.guests'), membersTotal: t('meetings.membersTotal'),
      present: t('meetings.present'), excused: t('meetings.excused'), unexcused: t('meetings.unexcused'),
      exempt: t('meetings.exemptCount'), conclusions: t('meetings.conclusions'), inFavour: t('meetings.vote.inFavour'),
      voters: t('meetings.vote.voters'), speaker: t('meetings.opinion.speaker'), summary: t('meetings.opinion.summary'),
      area: t('meetings.opinion.area'), title: t('meetings.task.title'), assigneeName: t('meetings.task.assignee'),
      dueOn: t('meetings.task.dueOn'), status: t('meetings.task.status'),
    };
    if (head === 'vote') return own[String(index)] ?? t('meetings.sections.vote');
    if (head === 'score') return criteria.find((c) => c.code === index)?.name ?? String(index);
    if (head === 'opinions' && typeof index === 'number') return `${t('meetings.summary.opinion', { n: index + 1 })} – ${own[String(part)] ?? part}`;
    if (head === 'tasks' && typeof index === 'number') return `${t('meetings.summary.task', { n: index + 1 })} – ${own[String(part)] ?? part}`;
    return own[String(head)] ?? name.join('.');
  };

  /** What no field shows (a step the checklist no longer has, a carried task): named by its section. */
  const sectionOf = (field: string): string => {
    for (const [prefix, section] of [['procedure', 'procedure'], ['score', 'score'], ['tasks', 'tasks'], ['attendance', 'roll']]) {
      if (field.startsWith(prefix!)) return t(`meetings.sections.${section}`);
    }
    return field || t('meetings.record');
  };

  const focusId = (id: string) => {
    const element = document.getElementById(id);
    element?.scrollIntoView?.({ block: 'center' });
    element?.focus();
  };
  const byName = (e: FieldErrors[number]): SummaryItem => ({
    key: e.name.join('.'),
    label: labelOf(e.name),
    message: e.errors.join(' '),
    onSelect: () => form.scrollToField(e.name, { focus: true, block: 'center' }),
  });
  const items: SummaryItem[] = !attempted
    ? []
    : [
        ...fieldErrors.filter((e) => BASICS.has(String(e.name[0]))).map(byName),
        ...Object.entries(rollErrors).map(([index, message]) => ({
          key: `roll-${index}`,
          label: t('meetings.summary.rollLine', {
            name: members.find((m) => m.id === attendance?.[Number(index)]?.memberId)?.fullName ?? Number(index) + 1,
          }),
          message,
          onSelect: () => focusId(`roll-reason-${index}`),
        })),
        ...fieldErrors.filter((e) => !BASICS.has(String(e.name[0]))).map(byName),
        ...otherErrors.map((e, i) => ({ key: `other-${i}`, label: sectionOf(e.field), message: e.message })),
      ];

  // After a refused save, once the summary shows: the first field in error has the focus.
  useEffect(() => {
    if (focusRequest > 0) items[0]?.onSelect?.();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  /** The fields in error, in the order they show (not the order they were first drawn: the counts wait for the roster). */
  const currentErrors = (): FieldErrors => {
    const position = (name: (string | number)[]) => document.getElementById(`meeting_${name.join('_')}`);
    return form
      .getFieldsError()
      .filter((f) => f.errors.length > 0)
      .map((f) => ({ name: f.name, errors: f.errors }))
      .sort((a, b) => {
        const [x, y] = [position(a.name), position(b.name)];
        if (!x || !y) return 0;
        return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      });
  };

  /** A save refused: the summary lists what the form has in error now, and the first item gets the focus. */
  function refuse(roll: Record<number, string>, other: FieldError[] = [], conflict: Duplicate | null = null) {
    setRollErrors(roll);
    setOtherErrors(other);
    setDuplicate(conflict);
    setFieldErrors(currentErrors());
    setAttempted(true);
    setFocusRequest((n) => n + 1);
  }

  /**
   * The server's 422 or 409, put where it belongs: under the fields (startedAt under the day, endedAt under the end,
   * points under their criterion, a roll line's under it), the rest in the summary only. Returns how many things to
   * correct, or null for any other error.
   */
  function fromServer(error: unknown, body: MeetingInput): { count: number; conflict: Duplicate | null } | null {
    if (!(error instanceof ApiProblemError) || (error.status !== 422 && error.status !== 409)) return null;
    const problem = error.problem as Duplicate;
    const roll: Record<number, string> = {};
    for (const e of problem.errors ?? []) {
      const match = /^attendance\[(\d+)\]/.exec(e.field);
      if (match) roll[Number(match[1])] = e.message;
    }
    const rest = applyFieldErrors(form, error, FIELDS)
      .filter((e) => !/^attendance\[/.test(e.field))
      .filter((e) => {
        const match = /^score\.criteria\[(\d+)\]\.points$/.exec(e.field);
        const code = match ? body.score?.criteria[Number(match[1])]?.code : undefined;
        if (code) form.setFields([{ name: ['score', code], errors: [e.message] }]);
        return !code;
      });
    for (const [field, shown] of [['startedAt', 'date'], ['endedAt', 'end']] as const) {
      const message = form.getFieldError(field);
      if (message.length) form.setFields([{ name: shown, errors: message }, { name: field, errors: [] }]);
    }
    const unnamed = (problem.errors ?? []).length === 0 && problem.detail ? [{ field: '', message: problem.detail }] : [];
    const conflict = error.status === 409 && problem.existingId ? problem : null;
    refuse(roll, [...rest, ...unnamed], conflict);
    return { count: currentErrors().length + Object.keys(roll).length + rest.length + unnamed.length, conflict };
  }

  /** The user changed something: a changed roll line loses its message; another day or kind, the duplicate. */
  function onValuesChange(changed: Partial<MeetingFormValues>, all: MeetingFormValues) {
    if (changed.attendance) {
      // `attendance` is still the roll before this change.
      const same = (i: string) => JSON.stringify(attendance?.[Number(i)]) === JSON.stringify(all.attendance?.[Number(i)]);
      setRollErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([i]) => same(i))));
    }
    if ('date' in changed || 'kind' in changed) setDuplicate(null);
  }

  return {
    items,
    rollErrors,
    duplicate,
    refuse,
    fromServer,
    onValuesChange,
    onFieldsChange: () => {
      if (attempted) setFieldErrors(currentErrors());
    },
  };
}
