import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, Select, Tag, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT } from '@/lib/format';
import { EntrySection } from './EntrySection';
import type { EntryRules } from './meeting-checks';
import { LIMITS, TASK_STATUSES, type MeetingFormValues } from './meeting-form';

/** The tasks (last month's open ones carried in, read-only), then the conclusions. */
export function EntryTasks({ form, rules }: { form: FormInstance<MeetingFormValues>; rules: EntryRules }) {
  const { t } = useTranslation();
  return (
    <EntrySection title={t('meetings.sections.tasks')}>
      <Form.List name="tasks">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => {
              const carried = Boolean(form.getFieldValue(['tasks', field.name, 'carriedFromTaskId']));
              return (
                <div key={field.key} className="list-item">
                  {carried && <Tag color="blue">{t('meetings.task.carried')}</Tag>}
                  <Form.Item
                    name={[field.name, 'title']}
                    label={t('meetings.task.title')}
                    dependencies={[
                      ['tasks', field.name, 'assigneeName'],
                      ['tasks', field.name, 'dueOn'],
                    ]}
                    rules={[rules.taskTitle(field.name), rules.text(LIMITS.task)]}
                  >
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} readOnly={carried} />
                  </Form.Item>
                  <Flex gap="small" wrap align="end">
                    <Form.Item name={[field.name, 'assigneeName']} label={t('meetings.task.assignee')} className="grow" rules={[rules.text(LIMITS.person)]}>
                      <Input />
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
      <Form.Item name="conclusions" label={t('meetings.conclusions')} style={{ marginTop: 16 }} rules={[rules.text(LIMITS.conclusions)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
    </EntrySection>
  );
}
