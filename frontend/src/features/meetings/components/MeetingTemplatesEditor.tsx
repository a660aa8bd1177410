import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Flex, Form, Input, Radio, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberInput, type NumberValue } from '@/components/NumberInput';
import { applyFieldErrors, isConflict, useProblemToast } from '@/lib/problems';
import { useUnsavedChangesWarning } from '@/lib/unsaved';
import type { MeetingTemplates } from '../api/get-meeting-templates';
import { useSetMeetingTemplates, type MeetingTemplatesInput } from '../api/set-meeting-templates';

/** The contract's limits (the server answers 422 on the same). */
const MAX_STEPS = 30;
const MAX_CRITERIA = 20;
const CODE = /^[A-Z][A-Z0-9_]*$/;

type Mode = 'inherit' | 'own';

interface CriterionValue {
  code?: string;
  name?: string;
  /** As typed: a whole number, or text the rules refuse (never rounded or clamped). */
  max?: NumberValue;
  key?: boolean;
}

interface Values {
  procedureMode: Mode;
  procedure: string[];
  criteriaMode: Mode;
  criteria: CriterionValue[];
}

/** The sum of the maxima, which must be 100. */
export function sumOfMaxima(criteria: readonly CriterionValue[] | undefined): number {
  return (criteria ?? []).reduce((sum, c) => sum + (typeof c?.max === 'number' ? c.max : 0), 0);
}

/** The values as the API takes them: a list for the organization's own, null to follow the level above. */
export function toTemplatesInput(values: Values): MeetingTemplatesInput {
  return {
    procedure: values.procedureMode === 'own' ? values.procedure.map((step) => step.trim()) : null,
    criteria:
      values.criteriaMode === 'own'
        ? values.criteria.map((c) => ({ code: (c.code ?? '').trim(), name: (c.name ?? '').trim(), max: typeof c.max === 'number' ? c.max : 0, key: Boolean(c.key) }))
        : null,
  };
}

function ModeChoice({ name, label }: { name: 'procedureMode' | 'criteriaMode'; label: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label}>
      <Radio.Group
        optionType="button"
        buttonStyle="solid"
        options={[
          { value: 'inherit', label: t('meetings.templates.inherit') },
          { value: 'own', label: t('meetings.templates.own') },
        ]}
      />
    </Form.Item>
  );
}

interface Props {
  templates: MeetingTemplates;
  /** Saved or cancelled. */
  onDone: () => void;
  /** After a 412: someone changed the templates since they were read. */
  onReload: () => void;
}

/**
 * Gives the organization its own checklist and score sheet, or lets either follow the level above again, starting
 * from the lists in force. The maxima must add up to 100 before anything is sent.
 */
export default function MeetingTemplatesEditor({ templates, onDone, onReload }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSetMeetingTemplates();
  const toast = useProblemToast();
  const { message } = App.useApp();
  const [dirty, setDirty] = useState(false);
  const release = useUnsavedChangesWarning(dirty);
  const procedureMode = Form.useWatch('procedureMode', form);
  const criteriaMode = Form.useWatch('criteriaMode', form);
  const criteria = Form.useWatch('criteria', form) as CriterionValue[] | undefined;
  const sum = sumOfMaxima(criteria);

  const initialValues: Values = {
    procedureMode: templates.procedureFromId === templates.organizationId ? 'own' : 'inherit',
    procedure: [...templates.procedure],
    criteriaMode: templates.criteriaFromId === templates.organizationId ? 'own' : 'inherit',
    criteria: templates.criteria.map((c) => ({ ...c })),
  };

  async function onFinish() {
    const values = form.getFieldsValue(true) as Values;
    try {
      await save.mutateAsync({ organizationId: templates.organizationId, version: templates.version, body: toTemplatesInput(values) });
      release();
      setDirty(false);
      void message.success(t('meetings.templates.saved'));
      onDone();
    } catch (error) {
      if (isConflict(error)) {
        toast(error, { onReload });
        return;
      }
      toast(error, { unshownErrors: applyFieldErrors(form, error, ['procedure', 'criteria']) });
    }
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      className="templates-editor"
      initialValues={initialValues}
      onValuesChange={(changed: Partial<Values>) => {
        setDirty(true);
        // The sum's message goes as soon as the maxima add up.
        if (changed.criteria && form.getFieldError('criteria').length > 0) void form.validateFields([['criteria']]).catch(() => {});
      }}
      onFinish={onFinish}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
      }}
      scrollToFirstError
    >
      <h3 className="section-title">{t('meetings.templates.editTitle')}</h3>

      <ModeChoice name="procedureMode" label={t('meetings.templates.procedure')} />
      {procedureMode === 'own' ? (
        <Form.List
          name="procedure"
          rules={[
            {
              validator: async (_, steps?: string[]) => {
                if (!steps || steps.length < 1 || steps.length > MAX_STEPS) throw new Error(t('meetings.templates.stepsCount'));
              },
            },
          ]}
        >
          {(fields, { add, remove, move }, { errors }) => (
            <>
              <ol className="templates-editor__steps">
                {fields.map((field, index) => (
                  <li key={field.key}>
                    <Flex gap="small" align="start">
                      <Form.Item
                        name={field.name}
                        className="grow"
                        label={t('meetings.templates.step', { n: index + 1 })}
                        rules={[
                          { required: true, whitespace: true, message: t('meetings.templates.stepRequired') },
                          ({ getFieldValue }) => ({
                            validator: async (_, value?: string) => {
                              const step = value?.trim();
                              const all = ((getFieldValue('procedure') as string[] | undefined) ?? []).map((s) => s?.trim());
                              if (step && all.filter((s) => s === step).length > 1) throw new Error(t('meetings.templates.stepDuplicate'));
                            },
                          }),
                        ]}
                      >
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={500} />
                      </Form.Item>
                      <Space.Compact className="templates-editor__moves">
                        <Button
                          icon={<ArrowUpOutlined aria-hidden />}
                          aria-label={t('meetings.templates.moveUp', { n: index + 1 })}
                          disabled={index === 0}
                          onClick={() => move(index, index - 1)}
                        />
                        <Button
                          icon={<ArrowDownOutlined aria-hidden />}
                          aria-label={t('meetings.templates.moveDown', { n: index + 1 })}
                          disabled={index === fields.length - 1}
                          onClick={() => move(index, index + 1)}
                        />
                        <Button
                          icon={<DeleteOutlined aria-hidden />}
                          aria-label={t('meetings.templates.removeStep', { n: index + 1 })}
                          disabled={fields.length === 1}
                          onClick={() => remove(field.name)}
                        />
                      </Space.Compact>
                    </Flex>
                  </li>
                ))}
              </ol>
              <Form.ErrorList errors={errors} />
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add('')} disabled={fields.length >= MAX_STEPS} block>
                {t('meetings.templates.addStep')}
              </Button>
            </>
          )}
        </Form.List>
      ) : (
        <p className="muted">{t('meetings.templates.inheritHint')}</p>
      )}

      <div className="templates-editor__part">
        <ModeChoice name="criteriaMode" label={t('meetings.templates.criteria')} />
      </div>
      {criteriaMode === 'own' ? (
        <Form.List
          name="criteria"
          rules={[
            {
              validator: async (_, list?: CriterionValue[]) => {
                if (!list || list.length < 1 || list.length > MAX_CRITERIA) throw new Error(t('meetings.templates.criteriaCount'));
                const total = sumOfMaxima(list);
                if (total !== 100) throw new Error(t('meetings.templates.sumInvalid', { sum: total }));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <div key={field.key} role="group" aria-label={t('meetings.templates.criterion', { n: index + 1 })} className="list-item">
                  <Flex gap="small" wrap align="start">
                    <Form.Item
                      name={[field.name, 'code']}
                      label={t('meetings.templates.code')}
                      className="templates-editor__code"
                      normalize={(value?: string) => value?.toUpperCase()}
                      rules={[
                        { required: true, whitespace: true, message: t('meetings.templates.codeRequired') },
                        { pattern: CODE, max: 40, message: t('meetings.templates.codeInvalid') },
                        ({ getFieldValue }) => ({
                          validator: async (_, value?: string) => {
                            const code = value?.trim();
                            const all = ((getFieldValue('criteria') as CriterionValue[] | undefined) ?? []).map((c) => c?.code?.trim());
                            if (code && all.filter((c) => c === code).length > 1) throw new Error(t('meetings.templates.codeDuplicate'));
                          },
                        }),
                      ]}
                    >
                      <Input maxLength={40} autoCapitalize="characters" spellCheck={false} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'max']}
                      label={t('meetings.templates.max')}
                      rules={[{ required: true, type: 'integer', min: 1, max: 100, message: t('meetings.templates.maxInvalid') }]}
                    >
                      <NumberInput style={{ width: 90 }} />
                    </Form.Item>
                    <Button
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('meetings.templates.removeCriterion', { n: index + 1 })}
                      disabled={fields.length === 1}
                      onClick={() => remove(field.name)}
                      className="templates-editor__remove"
                    />
                  </Flex>
                  <Form.Item
                    name={[field.name, 'name']}
                    label={t('meetings.templates.name')}
                    rules={[{ required: true, whitespace: true, max: 200, message: t('meetings.templates.nameRequired') }]}
                  >
                    <Input maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'key']} valuePropName="checked" noStyle>
                    <Checkbox>{t('meetings.templates.keyShort')}</Checkbox>
                  </Form.Item>
                </div>
              ))}
              <p className={sum === 100 ? 'templates-editor__sum' : 'templates-editor__sum templates-editor__sum--off'} aria-live="polite">
                {t('meetings.templates.sum', { sum })}
              </p>
              <Form.ErrorList errors={errors} />
              <Button
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ code: '', name: '', max: null, key: false })}
                disabled={fields.length >= MAX_CRITERIA}
                block
              >
                {t('meetings.templates.addCriterion')}
              </Button>
            </>
          )}
        </Form.List>
      ) : (
        <p className="muted">{t('meetings.templates.inheritHint')}</p>
      )}

      <div className="entry-actions">
        <Button onClick={onDone}>{t('app.cancel')}</Button>
        <Button type="primary" htmlType="submit" disabled={save.isPending}>
          {save.isPending ? t('app.saving') : t('app.save')}
        </Button>
      </div>
    </Form>
  );
}
