import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  AutoComplete,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Tag,
  TimePicker,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiProblemError } from '@/lib/api/problem';
import { useSessionState } from '@/lib/api/session';
import { DATE_FORMAT } from '@/lib/format';
import { applyFieldErrors, isConflict, useProblemToast } from '@/lib/problems';
import { useUnsavedChangesWarning } from '@/lib/unsaved';
import { useBranch, useCarryOver, useRoster, type Member } from '../api/get-branch-context';
import type { Meeting, MeetingKind } from '../api/get-meetings';
import { useMeeting } from '../api/get-meeting';
import { useMeetingTemplates, type Criterion } from '../api/get-meeting-templates';
import { useSaveMeeting, type MeetingInput } from '../api/save-meeting';
import { countRoll } from './roll';
import { RollCall, type RollLine } from './RollCall';

const AREAS = ['ECONOMY', 'CULTURE_SOCIETY', 'DEFENCE_SECURITY', 'PARTY_BUILDING'] as const;
const KINDS: MeetingKind[] = ['REGULAR', 'THEMATIC', 'EXTRAORDINARY'];
const TASK_STATUSES = ['OPEN', 'DONE', 'CANCELLED'] as const;
const NONE: readonly never[] = [];

interface TaskValue {
  id?: string | null;
  title?: string;
  assigneeName?: string | null;
  dueOn?: Dayjs | null;
  status?: (typeof TASK_STATUSES)[number];
  carriedFromTaskId?: string | null;
}

export interface MeetingFormValues {
  branchId?: string | null;
  kind: MeetingKind;
  theme?: string | null;
  topic?: string | null;
  date?: Dayjs | null;
  start?: Dayjs | null;
  end?: Dayjs | null;
  chair?: string | null;
  minuteTaker?: string | null;
  attendance?: RollLine[];
  membersTotal?: number | null;
  present?: number | null;
  excused?: number | null;
  unexcused?: number | null;
  exempt?: number | null;
  opinions?: { speaker?: string; area?: (typeof AREAS)[number]; summary?: string | null }[];
  procedure?: string[];
  conclusions?: string | null;
  tasks?: TaskValue[];
  vote?: { inFavour?: number | null; voters?: number | null };
  score?: Record<string, number | null | undefined>;
  /** Only to carry the server's errors about the times. */
  startedAt?: string | null;
  endedAt?: string | null;
}

/** The form's top-level fields: a server error about any other field goes to the toast. */
const FIELDS = [
  'branchId', 'kind', 'theme', 'topic', 'startedAt', 'endedAt', 'chair', 'minuteTaker', 'membersTotal', 'present',
  'excused', 'unexcused', 'exempt', 'opinions', 'conclusions', 'tasks', 'vote',
] as const;

function at(date: Dayjs | null | undefined, time: Dayjs | null | undefined): string | null {
  if (!date || !time) return null;
  return date.hour(time.hour()).minute(time.minute()).second(0).millisecond(0).format();
}

/**
 * The form's values as the API takes them. The checklist and the score sheet are the branch's current templates:
 * a step is done when its text is among the ticked ones, a criterion has the points entered under its code.
 */
export function toInput(values: MeetingFormValues, rollKnown: boolean, criteria: readonly Criterion[], steps: readonly string[]): MeetingInput {
  const done = new Set(values.procedure ?? []);
  const points = criteria
    .map((c) => ({ code: c.code, points: values.score?.[c.code] }))
    .filter((c): c is { code: string; points: number } => typeof c.points === 'number');
  const vote = values.vote;
  return {
    branchId: values.branchId!,
    kind: values.kind,
    theme: values.kind === 'THEMATIC' ? values.theme?.trim() || null : null,
    topic: values.topic?.trim() || null,
    startedAt: at(values.date, values.start),
    endedAt: at(values.date, values.end),
    held: true,
    chair: values.chair?.trim() || null,
    minuteTaker: values.minuteTaker?.trim() || null,
    ...(rollKnown
      ? {
          attendance: (values.attendance ?? []).map((l) => ({
            memberId: l.memberId,
            status: l.status,
            reason: l.status === 'EXCUSED' ? l.reason?.trim() || null : null,
          })),
        }
      : {
          membersTotal: values.membersTotal ?? null,
          present: values.present ?? null,
          excused: values.excused ?? 0,
          unexcused: values.unexcused ?? 0,
          exempt: values.exempt ?? 0,
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
    vote: typeof vote?.inFavour === 'number' && typeof vote.voters === 'number' ? { inFavour: vote.inFavour, voters: vote.voters } : null,
    score: points.length > 0 ? { criteria: points } : null,
  };
}

/**
 * A stored record as the form's values, to edit it: the ticked steps by their text and the points by criterion
 * code, so they land on the same step and criterion of the current templates whatever their order there.
 */
function fromMeeting(m: Meeting): MeetingFormValues {
  const started = m.startedAt ? dayjs(m.startedAt) : null;
  return {
    branchId: m.branchId,
    kind: m.kind,
    theme: m.theme ?? null,
    topic: m.topic ?? null,
    date: started,
    start: started,
    end: m.endedAt ? dayjs(m.endedAt) : null,
    chair: m.chair ?? null,
    minuteTaker: m.minuteTaker ?? null,
    attendance: m.attendance?.map((a) => ({ memberId: a.memberId, status: a.status, reason: a.reason ?? null })),
    membersTotal: m.membersTotal ?? null,
    present: m.present ?? null,
    excused: m.excused ?? null,
    unexcused: m.unexcused ?? null,
    exempt: m.exempt ?? null,
    opinions: m.opinions.map((o) => ({ speaker: o.speaker, area: o.area, summary: o.summary ?? null })),
    procedure: m.procedure.filter((p) => p.done).map((p) => p.step.trim()),
    conclusions: m.conclusions ?? null,
    tasks: m.tasks.map((task) => ({ ...task, dueOn: task.dueOn ? dayjs(task.dueOn) : null })),
    vote: m.vote ?? {},
    score: Object.fromEntries((m.score?.criteria ?? []).map((c) => [c.code.trim(), c.points ?? undefined])),
  };
}

function rollFor(members: Member[]): RollLine[] {
  return members.map((m) => ({ memberId: m.id, status: m.exempt ? 'EXEMPT' : 'PRESENT', reason: null }));
}

function Section({ title, extra, children }: { title: ReactNode; extra?: ReactNode; children: ReactNode }) {
  return (
    <Card size="small" title={<h2 className="section-title">{title}</h2>} extra={extra} className="entry-section">
      {children}
    </Card>
  );
}

interface Props {
  /** The record to edit; a new one when absent. */
  meetingId?: string;
  /** Called with the saved record, e.g. to show it with its evaluation. */
  onSaved: (meeting: Meeting) => void;
  onCancel: () => void;
}

/**
 * The meeting record as a branch secretary enters it on a phone: one column of short sections, the roll from the
 * roster (a tap per member), last month's open tasks already listed, the checklist and score sheet of the branch.
 */
export function MeetingEntry({ meetingId, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MeetingFormValues>();
  const user = useSessionState().session?.user;
  const secretary = user?.role === 'BRANCH_SECRETARY';
  const existing = useMeeting(meetingId);
  const editing = Boolean(meetingId);
  const [dirty, setDirty] = useState(false);
  const [rollErrors, setRollErrors] = useState<Record<number, string>>({});
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

  const members = roster.data ?? [];
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
  // Editing: the record as stored.
  useEffect(() => {
    if (existing.data) form.setFieldsValue(fromMeeting(existing.data));
  }, [existing.data, form]);

  const counts = countRoll((attendance ?? []).map((l) => l.status));

  async function onFinish() {
    setRollErrors({});
    // Every value in the store, not only those with a field: a task's id and carriedFromTaskId have none.
    const values = form.getFieldsValue(true) as MeetingFormValues;
    // Without the templates the checklist would be sent empty (every step not done): saving waits for them.
    if (!templates.data) return;
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
      const roll: Record<number, string> = {};
      if (error instanceof ApiProblemError) {
        for (const e of error.problem.errors ?? []) {
          const match = /^attendance\[(\d+)\]/.exec(e.field);
          if (match) roll[Number(match[1])] = e.message;
        }
        // A step or criterion the server does not know: the templates changed since they were read.
        if (error.problem.errors?.some((e) => /^procedure\[|^score\.criteria\[\d+\]\.code$/.test(e.field))) void templates.refetch();
      }
      setRollErrors(roll);
      // startedAt/endedAt are shown under the times; the roll's under its lines; points above a maximum under the criterion.
      const rest = applyFieldErrors(form, error, FIELDS)
        .filter((e) => !/^attendance\[/.test(e.field))
        .filter((e) => {
          const match = /^score\.criteria\[(\d+)\]\.points$/.exec(e.field);
          const code = match ? body.score?.criteria[Number(match[1])]?.code : undefined;
          if (code) form.setFields([{ name: ['score', code], errors: [e.message] }]);
          return !code;
        });
      for (const field of ['startedAt', 'endedAt'] as const) {
        const message = form.getFieldError(field);
        if (message.length) {
          form.setFields([
            { name: field === 'startedAt' ? 'start' : 'end', errors: message },
            { name: field, errors: [] },
          ]);
        }
      }
      toast(error, { unshownErrors: rest });
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

  const initialValues: MeetingFormValues = {
    branchId: secretary ? user?.organizationId ?? null : null,
    kind: 'REGULAR',
    date: dayjs(),
    start: dayjs().hour(14).minute(0),
    end: dayjs().hour(15).minute(45),
    attendance: [],
    opinions: [],
    procedure: [],
    tasks: [],
    vote: {},
    score: {},
  };

  return (
    <>
      <PageHeader title={editing ? t('meetings.edit') : t('meetings.new')} sub={branch.data?.name} />
      <Form<MeetingFormValues>
        form={form}
        layout="vertical"
        className="meeting-entry"
        initialValues={initialValues}
        onValuesChange={() => setDirty(true)}
        onFinish={onFinish}
        // Enter in a field (a date typed in, a name) must not save the record half-done: only the button saves.
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
        }}
        scrollToFirstError
      >
        <Section title={t('meetings.sections.basics')}>
          {!secretary && (
            <Form.Item name="branchId" label={t('meetings.branch')} rules={[{ required: true, message: t('meetings.missingBranch') }]}>
              <OrganizationSelect types={['BRANCH']} placeholder={t('app.pickBranch')} aria-label={t('meetings.branch')} />
            </Form.Item>
          )}
          {/* Virtual fields for the server's errors about the times. */}
          <Form.Item name="startedAt" hidden>
            <Input />
          </Form.Item>
          <Form.Item name="endedAt" hidden>
            <Input />
          </Form.Item>
          <Form.Item name="kind" label={t('meetings.kind')}>
            <Radio.Group optionType="button" buttonStyle="solid" options={KINDS.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) }))} />
          </Form.Item>
          {kind === 'THEMATIC' && (
            <Form.Item name="theme" label={t('meetings.theme')} rules={[{ required: true, message: t('meetings.missingTheme') }]}>
              <Input maxLength={500} />
            </Form.Item>
          )}
          <Form.Item name="topic" label={t('meetings.topic')}>
            <Input maxLength={500} />
          </Form.Item>
          <Flex gap="small" wrap>
            <Form.Item name="date" label={t('meetings.date')} rules={[{ required: true, message: t('meetings.missingTimes') }]} className="grow">
              <DatePicker format={DATE_FORMAT} allowClear={false} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="start" label={t('meetings.start')} rules={[{ required: true, message: t('meetings.missingTimes') }]}>
              <TimePicker format="HH:mm" needConfirm={false} style={{ width: 110 }} />
            </Form.Item>
            <Form.Item name="end" label={t('meetings.end')} rules={[{ required: true, message: t('meetings.missingTimes') }]}>
              <TimePicker format="HH:mm" needConfirm={false} style={{ width: 110 }} />
            </Form.Item>
          </Flex>
          <Flex gap="small" wrap>
            <Form.Item name="chair" label={t('meetings.chair')} className="grow">
              <Input maxLength={255} />
            </Form.Item>
            <Form.Item name="minuteTaker" label={t('meetings.minuteTaker')} className="grow">
              <Input maxLength={255} />
            </Form.Item>
          </Flex>
        </Section>

        <Section
          title={t('meetings.sections.roll')}
          extra={rollKnown ? <Tag color={counts.rate !== null && counts.rate < 85 ? 'red' : 'green'}>{counts.present}/{counts.total - counts.exempt}</Tag> : null}
        >
          {roster.isPending && branchId ? (
            <p role="status">{t('app.loading')}</p>
          ) : rollKnown ? (
            <Form.Item name="attendance" noStyle>
              <RollCall members={members} errors={rollErrors} />
            </Form.Item>
          ) : (
            <>
              <p className="muted">{t('meetings.roll.noRoster')}</p>
              <Flex gap="small" wrap>
                {(
                  [
                    ['membersTotal', 'meetings.membersTotal'],
                    ['present', 'meetings.present'],
                    ['excused', 'meetings.excused'],
                    ['unexcused', 'meetings.unexcused'],
                    ['exempt', 'meetings.exemptCount'],
                  ] as const
                ).map(([name, label]) => (
                  <Form.Item key={name} name={name} label={t(label)}>
                    <InputNumber min={0} style={{ width: 110 }} inputMode="numeric" />
                  </Form.Item>
                ))}
              </Flex>
            </>
          )}
        </Section>

        <Section title={t('meetings.sections.opinions')}>
          <Form.List name="opinions">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <div key={field.key} className="list-item">
                    <Flex gap="small" wrap align="end">
                      <Form.Item name={[field.name, 'speaker']} label={`${t('meetings.opinion.speaker')} ${index + 1}`} className="grow">
                        {/* A present member, or anyone else (a guest) typed in. */}
                        <AutoComplete
                          options={members
                            .filter((m) => (attendance ?? []).find((l) => l.memberId === m.id)?.status === 'PRESENT')
                            .map((m) => ({ value: m.fullName }))}
                          showSearch={{
                            filterOption: (input, option) => String(option?.value ?? '').toLowerCase().includes(input.toLowerCase()),
                          }}
                          popupMatchSelectWidth={false}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'area']} label={t('meetings.opinion.area')} initialValue="PARTY_BUILDING">
                        <Select
                          style={{ width: 180 }}
                          options={AREAS.map((a) => ({ value: a, label: t(`meetings.opinion.areas.${a}`) }))}
                        />
                      </Form.Item>
                      <Button icon={<DeleteOutlined aria-hidden />} aria-label={t('app.remove')} onClick={() => remove(field.name)} />
                    </Flex>
                    <Form.Item name={[field.name, 'summary']} label={t('meetings.opinion.summary')}>
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={5000} />
                    </Form.Item>
                  </div>
                ))}
                <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ area: 'PARTY_BUILDING' })} block>
                  {t('meetings.opinion.add')}
                </Button>
              </>
            )}
          </Form.List>
        </Section>

        <Section title={t('meetings.sections.procedure')}>
          {templatesState ?? (
            <Form.Item name="procedure" noStyle>
              <Checkbox.Group className="checklist" options={steps.map((s) => ({ value: s, label: s }))} />
            </Form.Item>
          )}
          {dropped.length > 0 && <p className="muted">{t('meetings.templates.dropped', { items: dropped.join('; ') })}</p>}
        </Section>

        <Section title={t('meetings.sections.tasks')}>
          <Form.List name="tasks">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => {
                  const carried = Boolean(form.getFieldValue(['tasks', field.name, 'carriedFromTaskId']));
                  return (
                    <div key={field.key} className="list-item">
                      {carried && <Tag color="blue">{t('meetings.task.carried')}</Tag>}
                      <Form.Item name={[field.name, 'title']} label={t('meetings.task.title')}>
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={1000} readOnly={carried} />
                      </Form.Item>
                      <Flex gap="small" wrap align="end">
                        <Form.Item name={[field.name, 'assigneeName']} label={t('meetings.task.assignee')} className="grow">
                          <Input maxLength={255} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'dueOn']} label={t('meetings.task.dueOn')}>
                          <DatePicker format={DATE_FORMAT} inputReadOnly style={{ width: 140 }} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'status']} label={t('meetings.task.status')} initialValue="OPEN">
                          <Select style={{ width: 120 }} options={TASK_STATUSES.map((s) => ({ value: s, label: t(`meetings.task.statuses.${s}`) }))} />
                        </Form.Item>
                        {!carried && <Button icon={<DeleteOutlined aria-hidden />} aria-label={t('app.remove')} onClick={() => remove(field.name)} />}
                      </Flex>
                    </div>
                  );
                })}
                <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ status: 'OPEN' })} block>
                  {t('meetings.task.add')}
                </Button>
              </>
            )}
          </Form.List>
          <Form.Item name="conclusions" label={t('meetings.conclusions')} style={{ marginTop: 16 }}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={20000} />
          </Form.Item>
        </Section>

        <Section title={t('meetings.sections.vote')}>
          <Space wrap>
            <Form.Item name={['vote', 'inFavour']} label={t('meetings.vote.inFavour')}>
              <InputNumber min={0} inputMode="numeric" style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name={['vote', 'voters']} label={t('meetings.vote.voters')}>
              <InputNumber min={0} inputMode="numeric" style={{ width: 120 }} placeholder={rollKnown ? String(counts.present) : undefined} />
            </Form.Item>
          </Space>
        </Section>

        <Section title={t('meetings.sections.score')}>
          {templatesState ?? (
            <>
              <Form.Item noStyle shouldUpdate>
                {() => {
                  const total = criteria.reduce((sum, c) => sum + (Number(form.getFieldValue(['score', c.code])) || 0), 0);
                  const max = criteria.reduce((sum, c) => sum + c.max, 0);
                  return <p className="score-total">{t('meetings.score.total', { total, max })}</p>;
                }}
              </Form.Item>
              {criteria.map((c) => (
                <Form.Item
                  key={c.code}
                  name={['score', c.code]}
                  label={`${c.name} (${c.max})`}
                  className="score-line"
                  layout="horizontal"
                  labelCol={{ flex: 'auto' }}
                  wrapperCol={{ flex: 'none' }}
                  labelAlign="left"
                  colon={false}
                >
                  <InputNumber min={0} max={c.max} inputMode="numeric" style={{ width: 80 }} />
                </Form.Item>
              ))}
            </>
          )}
        </Section>

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
