import { App, Button, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiProblemError } from '@/lib/api/problem';
import { useSessionState } from '@/lib/api/session';
import { isConflict, useProblemToast } from '@/lib/problems';
import { useUnsavedChangesWarning } from '@/lib/unsaved';
import { useBranch, useCarryOver, useRoster } from '../api/get-branch-context';
import { useMeeting } from '../api/get-meeting';
import { useMeetingTemplates, type Criterion } from '../api/get-meeting-templates';
import type { Meeting } from '../api/get-meetings';
import { useSaveMeeting } from '../api/save-meeting';
import { EntryBasics } from './EntryBasics';
import { EntryChecklist } from './EntryChecklist';
import { EntryOpinions } from './EntryOpinions';
import { EntryRoll } from './EntryRoll';
import { EntryTasks } from './EntryTasks';
import { EntryVoteScore } from './EntryVoteScore';
import { ErrorSummary } from './ErrorSummary';
import { entryRules, rollProblems } from './meeting-checks';
import { fromMeeting, newRecord, rollFor, toInput, type MeetingFormValues, type TaskValue } from './meeting-form';
import { countRoll } from './roll';
import type { RollLine } from './RollCall';
import { useEntryErrors } from './use-entry-errors';

const NONE: readonly never[] = [];
const NOT_SAVED = 'meeting-not-saved';

interface Props {
  /** The record to edit; a new one when absent. */
  meetingId?: string;
  /** Called with the saved record, e.g. to show it with its evaluation. */
  onSaved: (meeting: Meeting) => void;
  onCancel: () => void;
  /** The address of a stored record (the one a refused duplicate would repeat). */
  hrefOf: (id: string) => string;
}

/**
 * The meeting record as a branch secretary enters it on a phone: one column of short sections, the roll from the
 * roster (a tap per member), last month's open tasks already listed, the checklist and score sheet of the branch.
 * What can be checked is checked before sending; whatever keeps it from being saved (the form's checks or the
 * server's 422/409) is listed at the top, each field a link to it, and the first one is focused.
 */
export function MeetingEntry({ meetingId, onSaved, onCancel, hrefOf }: Props) {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  const [form] = Form.useForm<MeetingFormValues>();
  const user = useSessionState().session?.user;
  const secretary = user?.role === 'BRANCH_SECRETARY';
  const existing = useMeeting(meetingId);
  const editing = Boolean(meetingId);
  const [dirty, setDirty] = useState(false);
  const save = useSaveMeeting();
  const toast = useProblemToast();

  const branchId = Form.useWatch('branchId', form) ?? (secretary ? user?.organizationId : null) ?? null;
  const kind = Form.useWatch('kind', form) ?? 'REGULAR';
  const date = Form.useWatch('date', form) as Dayjs | null | undefined;
  const attendance = Form.useWatch('attendance', form) as RollLine[] | undefined;

  const branch = useBranch(branchId);
  const roster = useRoster(branchId);
  // The checklist and score sheet in force for the branch: the server checks a new and an edited record against them.
  const templates = useMeetingTemplates(branchId);
  const month = (date ?? dayjs()).format('YYYY-MM');
  const carryOver = useCarryOver(branchId, month, !editing);

  const members = useMemo(() => roster.data ?? [], [roster.data]);
  const rollKnown = editing ? Boolean(existing.data?.rollKnown) || members.length > 0 : members.length > 0;
  const steps: readonly string[] = templates.data?.procedure ?? NONE;
  const criteria: readonly Criterion[] = templates.data?.criteria ?? NONE;
  // What the stored record ticked or scored that the current templates no longer have: not kept on saving.
  const dropped = useMemo(() => {
    if (!existing.data || !templates.data) return [];
    const current = new Set(templates.data.procedure);
    const codes = new Set(templates.data.criteria.map((c) => c.code));
    return [
      ...existing.data.procedure.filter((p) => p.done && !current.has(p.step.trim())).map((p) => p.step),
      ...(existing.data.score?.criteria ?? []).filter((c) => c.points != null && !codes.has(c.code.trim())).map((c) => c.name),
    ];
  }, [existing.data, templates.data]);

  const release = useUnsavedChangesWarning(dirty);
  const errors = useEntryErrors({ form, criteria, members, attendance });
  const counts = countRoll((attendance ?? []).map((l) => l.status));
  const rules = entryRules(t, () => (rollKnown ? counts.present : null));

  // A new record: the roll from the roster, and last month's open tasks.
  useEffect(() => {
    if (editing || !roster.data) return;
    if (!form.getFieldValue('attendance')?.length) form.setFieldValue('attendance', rollFor(roster.data));
  }, [editing, roster.data, form]);
  useEffect(() => {
    if (editing || !carryOver.data) return;
    const own = ((form.getFieldValue('tasks') as TaskValue[] | undefined) ?? []).filter((task) => !task.carriedFromTaskId);
    form.setFieldValue('tasks', [
      ...carryOver.data.map((c) => ({
        title: c.title,
        assigneeName: c.assigneeName ?? null,
        dueOn: c.dueOn ? dayjs(c.dueOn) : null,
        status: 'OPEN' as const,
        carriedFromTaskId: c.carriedFromTaskId,
      })),
      ...own,
    ]);
  }, [editing, carryOver.data, form]);
  // Leaving the form (saved, cancelled, or to open the record it would repeat): its toast goes with it.
  useEffect(() => () => notification.destroy(NOT_SAVED), [notification]);
  // Editing: the record as stored.
  useEffect(() => {
    if (existing.data) form.setFieldsValue(fromMeeting(existing.data));
  }, [existing.data, form]);

  async function onFinish() {
    // Every value in the store, not only those with a field: a task's id and carriedFromTaskId have none.
    const values = form.getFieldsValue(true) as MeetingFormValues;
    // Without the templates the checklist would be sent empty (every step not done): saving waits for them.
    if (!templates.data) return;
    const roll = rollKnown ? rollProblems(t, values.attendance) : {};
    if (Object.keys(roll).length > 0) {
      errors.refuse(roll);
      return;
    }
    const body = toInput({ ...values, branchId }, rollKnown, criteria, steps);
    try {
      const saved = await save.mutateAsync({ id: meetingId, version: existing.data?.version, body });
      release();
      setDirty(false);
      onSaved(saved);
    } catch (error) {
      if (isConflict(error)) {
        toast(error, { onReload: () => void existing.refetch() });
        return;
      }
      // A step or criterion the server does not know: the templates changed since they were read.
      if (error instanceof ApiProblemError && error.problem.errors?.some((e) => /^procedure\[|^score\.criteria\[\d+\]\.code$/.test(e.field))) {
        void templates.refetch();
      }
      const refused = errors.fromServer(error, body);
      if (!refused) {
        toast(error);
        return;
      }
      // Short: the summary at the top says it all, and a long toast would cover it on a phone.
      notification.error({
        key: NOT_SAVED,
        title: t('meetings.summary.toast'),
        description: t('meetings.summary.toastDetail', { n: refused.count }),
        duration: 5,
      });
    }
  }

  if (editing && existing.error) return <ProblemAlert error={existing.error} />;

  // The checklist and score sheet wait for the branch (chosen first) and its templates.
  const templatesState = !branchId ? (
    <p className="muted">{t('meetings.templates.pickBranch')}</p>
  ) : templates.error ? (
    <ProblemAlert error={templates.error} />
  ) : !templates.data ? (
    <p role="status">{t('app.loading')}</p>
  ) : null;

  return (
    <>
      <PageHeader title={editing ? t('meetings.edit') : t('meetings.new')} sub={branch.data?.name} />
      <ErrorSummary
        title={errors.duplicate ? t('meetings.summary.titleConflict') : t('meetings.summary.title', { n: errors.items.length })}
        items={errors.items}
        action={
          errors.duplicate?.existingId && (
            <Link className="error-summary__action" to={hrefOf(errors.duplicate.existingId)}>
              {t('meetings.summary.openExisting')}
            </Link>
          )
        }
      />
      <Form<MeetingFormValues>
        form={form}
        name="meeting"
        layout="vertical"
        className="meeting-entry"
        // The form's rules check the fields, not the browser's (a time off the 5-minute step is fine).
        noValidate
        initialValues={newRecord(secretary ? user?.organizationId ?? null : null)}
        onValuesChange={(changed: Partial<MeetingFormValues>, all: MeetingFormValues) => {
          setDirty(true);
          errors.onValuesChange(changed, all);
        }}
        onFieldsChange={errors.onFieldsChange}
        onFinish={onFinish}
        onFinishFailed={() => errors.refuse(rollKnown ? rollProblems(t, form.getFieldValue('attendance')) : {})}
        // Enter in a field (a date typed in, a name) must not save the record half-done: only the button saves.
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
        }}
      >
        <EntryBasics secretary={secretary} kind={kind} rules={rules} />
        <EntryRoll
          rollKnown={rollKnown}
          loading={roster.isPending && Boolean(branchId)}
          members={members}
          counts={counts}
          rollErrors={errors.rollErrors}
          rules={rules}
        />
        <EntryOpinions members={members} attendance={attendance} rules={rules} />
        <EntryChecklist steps={steps} waiting={templatesState} dropped={dropped} />
        <EntryTasks form={form} rules={rules} />
        <EntryVoteScore presentHint={rollKnown ? counts.present : null} criteria={criteria} waiting={templatesState} rules={rules} />

        <div className="entry-actions">
          <Button onClick={onCancel}>{t('app.cancel')}</Button>
          <Button type="primary" htmlType="submit" disabled={save.isPending || (Boolean(branchId) && !templates.data)} size="large">
            {save.isPending ? t('app.saving') : t('app.save')}
          </Button>
        </div>
      </Form>
    </>
  );
}
