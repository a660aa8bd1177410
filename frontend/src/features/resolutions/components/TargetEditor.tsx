import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Select, Switch, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decimalRule, NumberInput, wholeNumberRule } from '@/components/NumberInput';
import { ApiProblemError } from '@/lib/api/problem';
import { comparatorValues, meetingKindValueValues, metricValues } from '@/lib/api/schema';
import { applyFieldErrors, useProblemToast } from '@/lib/problems';
import { useSaveTarget, type Comparator, type Metric, type Target, type TargetInput, type TargetMeetingKind } from '../api/resolutions';

/** The metrics, comparators and meeting kinds in the contract's order, the order offered. */
const METRICS: readonly Metric[] = metricValues;
const COMPARATORS: readonly Comparator[] = comparatorValues;
/** MeetingKindValue's values: TargetInput's inline enum of the same values has no array of its own (a test checks they agree). */
const KINDS: readonly TargetMeetingKind[] = meetingKindValueValues;

interface TierValue {
  minMembers?: number | null;
  maxMembers?: number | null;
  threshold?: number | null;
}

interface Values {
  title?: string;
  metric: Metric;
  comparator: Comparator;
  threshold?: number | null;
  useTiers: boolean;
  tiers?: TierValue[];
  meetingKind?: TargetMeetingKind | null;
  theme?: string | null;
  unit?: string | null;
  combinedThreshold?: number | null;
}

/**
 * Tiers must be half-open ranges [min, max) that follow one another without gap or overlap, the last one open.
 * Returns the message for the first broken rule, or null. The server checks the same (422 under `tiers`).
 */
export function tiersProblem(tiers: TierValue[]): string | null {
  for (let i = 0; i < tiers.length; i += 1) {
    const tier = tiers[i]!;
    if (tier.minMembers == null || tier.threshold == null) return 'tiers';
    const last = i === tiers.length - 1;
    if (!last && tier.maxMembers == null) return 'open';
    if (tier.maxMembers != null && tier.maxMembers <= tier.minMembers) return 'order';
    if (!last && tiers[i + 1]!.minMembers !== tier.maxMembers) return 'gap';
  }
  return null;
}

function toValues(target?: Target): Values {
  if (!target) return { metric: 'ATTENDANCE_RATE', comparator: 'GTE', useTiers: false, tiers: [] };
  return {
    title: target.title,
    metric: target.metric,
    comparator: target.comparator,
    threshold: target.threshold,
    useTiers: Boolean(target.tiers?.length),
    tiers: target.tiers ?? [],
    meetingKind: target.meetingKind ?? null,
    theme: target.theme,
    unit: target.unit,
    combinedThreshold: target.combinedThreshold,
  };
}

/** Adds or edits a target; opinion targets may be tiered by branch size in a small table. */
export function TargetEditor({ resolutionId, target, open, onClose }: { resolutionId: string; target?: Target; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSaveTarget(resolutionId);
  const toast = useProblemToast();
  const metric = Form.useWatch('metric', form);
  const useTiers = Form.useWatch('useTiers', form);
  const [tierError, setTierError] = useState<string | null>(null);
  const wholeRule = wholeNumberRule({ notWhole: t('resolutions.notWhole'), belowMin: t('resolutions.belowZero') });
  const numberMessages = { notNumber: t('resolutions.notNumber'), belowMin: t('resolutions.belowZero') };
  const numberRule = decimalRule(numberMessages);
  // A rate is a percentage: the server refuses one above 100, the form says it first.
  const thresholdRule = metric === 'ATTENDANCE_RATE' ? decimalRule({ ...numberMessages, aboveMax: t('resolutions.rateAbove100') }, 0, 100) : numberRule;

  useEffect(() => {
    if (open) form.setFieldsValue(toValues(target));
  }, [open, target, form]);

  return (
    <Modal
      open={open}
      title={target ? t('resolutions.editTarget') : t('resolutions.addTarget')}
      okText={t('app.save')}
      cancelText={t('app.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={640}
      forceRender
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={toValues(target)}
        onFinish={async (v) => {
          const tiered = v.metric === 'OPINION_COUNT' && v.useTiers;
          setTierError(tiered && tiersProblem(v.tiers ?? []) ? t('resolutions.tiersInvalid') : null);
          if (tiered && tiersProblem(v.tiers ?? [])) return;
          const body: TargetInput = {
            title: v.title!.trim(),
            metric: v.metric,
            comparator: v.comparator,
            threshold: tiered ? null : v.threshold ?? null,
            tiers: tiered
              ? (v.tiers ?? []).map((tier) => ({ minMembers: tier.minMembers ?? 0, maxMembers: tier.maxMembers ?? null, threshold: tier.threshold ?? 0 }))
              : null,
            meetingKind: v.meetingKind ?? null,
            theme: v.meetingKind === 'THEMATIC' ? v.theme?.trim() || null : null,
            unit: v.unit?.trim() || null,
            combinedThreshold: v.metric === 'DURATION_MINUTES' ? v.combinedThreshold ?? null : null,
          };
          try {
            await save.mutateAsync({ target, body });
            onClose();
          } catch (error) {
            if (error instanceof ApiProblemError) {
              const tierMessage = error.problem.errors?.find((e) => e.field.startsWith('tiers'))?.message;
              if (tierMessage) setTierError(tierMessage);
            }
            const fields = ['title', 'metric', 'comparator', 'threshold', 'tiers', 'meetingKind', 'theme', 'unit', 'combinedThreshold'];
            toast(error, { unshownErrors: applyFieldErrors(form, error, fields) });
          }
        }}
      >
        <Form.Item name="title" label={t('resolutions.targetTitle')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
        </Form.Item>
        <Form.Item name="metric" label={t('resolutions.metric')}>
          <Select options={METRICS.map((m) => ({ value: m, label: t(`resolutions.metrics.${m}`) }))} />
        </Form.Item>
        <Form.Item name="comparator" label={t('resolutions.comparator')}>
          <Select options={COMPARATORS.map((c) => ({ value: c, label: t(`resolutions.comparators.${c}`) }))} />
        </Form.Item>
        {metric === 'OPINION_COUNT' && (
          <Form.Item name="useTiers" label={t('resolutions.useTiers')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
        {metric === 'OPINION_COUNT' && useTiers ? (
          <Form.List name="tiers">
            {(fields, { add, remove }) => (
              <>
                <Table
                  size="small"
                  pagination={false}
                  rowKey="key"
                  dataSource={fields}
                  caption={t('resolutions.tiers')}
                  columns={[
                    {
                      title: t('resolutions.minMembers'),
                      render: (_, field) => (
                        <Form.Item name={[field.name, 'minMembers']} rules={[wholeRule]} style={{ marginBottom: 0 }}>
                          <NumberInput aria-label={`${t('resolutions.minMembers')} ${field.name + 1}`} style={{ width: 90 }} />
                        </Form.Item>
                      ),
                    },
                    {
                      title: t('resolutions.maxMembers'),
                      render: (_, field) => (
                        <Form.Item name={[field.name, 'maxMembers']} rules={[wholeRule]} style={{ marginBottom: 0 }}>
                          <NumberInput
                            placeholder={t('resolutions.noUpperBound')}
                            aria-label={`${t('resolutions.maxMembers')} ${field.name + 1}`}
                            style={{ width: 120 }}
                          />
                        </Form.Item>
                      ),
                    },
                    {
                      title: t('resolutions.threshold'),
                      render: (_, field) => (
                        <Form.Item name={[field.name, 'threshold']} rules={[numberRule]} style={{ marginBottom: 0 }}>
                          <NumberInput decimal aria-label={`${t('resolutions.threshold')} ${field.name + 1}`} style={{ width: 90 }} />
                        </Form.Item>
                      ),
                    },
                    {
                      title: '',
                      render: (_, field) => <Button icon={<DeleteOutlined aria-hidden />} aria-label={t('app.remove')} onClick={() => remove(field.name)} />,
                    },
                  ]}
                />
                {tierError && (
                  <p className="field__error" role="alert">
                    {tierError}
                  </p>
                )}
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  style={{ marginTop: 8 }}
                  onClick={() => {
                    const tiers = (form.getFieldValue('tiers') as TierValue[] | undefined) ?? [];
                    add({ minMembers: tiers.at(-1)?.maxMembers ?? 0, maxMembers: null, threshold: null });
                  }}
                >
                  {t('resolutions.addTier')}
                </Button>
              </>
            )}
          </Form.List>
        ) : (
          <Form.Item name="threshold" label={t('resolutions.threshold')} rules={[thresholdRule]} extra={t('resolutions.decimalHint')}>
            <NumberInput decimal style={{ width: 140 }} />
          </Form.Item>
        )}
        {metric === 'DURATION_MINUTES' && (
          <Form.Item name="combinedThreshold" label={t('resolutions.combinedThreshold')} rules={[numberRule]} extra={t('resolutions.decimalHint')}>
            <NumberInput decimal style={{ width: 140 }} />
          </Form.Item>
        )}
        <Form.Item name="meetingKind" label={t('resolutions.meetingKind')}>
          <Select
            allowClear
            placeholder={t('resolutions.anyKind')}
            options={KINDS.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.meetingKind !== b.meetingKind}>
          {() =>
            form.getFieldValue('meetingKind') === 'THEMATIC' && (
              <Form.Item name="theme" label={t('resolutions.theme')}>
                <Input maxLength={255} />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item name="unit" label={t('resolutions.unit')} rules={[{ required: metric === 'INDICATOR' }]}>
          <Input maxLength={50} style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
