import { DatePicker, Flex, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { DATE_FORMAT } from '@/lib/format';
import type { MeetingKind } from '../api/get-meetings';
import { EntrySection } from './EntrySection';
import type { EntryRules } from './meeting-checks';
import { KINDS, LIMITS } from './meeting-form';

/**
 * The meeting itself: the branch (chosen by an office, preset for a secretary), kind, theme, topic, day and times,
 * chair, minute-taker and guests. A time is typed ("19:30") in the phone's own time field, in steps of 5 minutes
 * when it offers a picker: one field, not four taps and a scroll.
 */
export function EntryBasics({ secretary, kind, rules }: { secretary: boolean; kind: MeetingKind; rules: EntryRules }) {
  const { t } = useTranslation();
  return (
    <EntrySection title={t('meetings.sections.basics')}>
      {!secretary && (
        <Form.Item name="branchId" label={t('meetings.branch')} rules={[rules.required(t('meetings.missingBranch'))]}>
          <OrganizationSelect types={['BRANCH']} placeholder={t('app.pickBranch')} aria-label={t('meetings.branch')} />
        </Form.Item>
      )}
      {/* Virtual fields for the server's errors about the times, moved under the day and the end. */}
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
        <Form.Item name="theme" label={t('meetings.theme')} rules={[rules.required(t('meetings.missingTheme')), rules.text(LIMITS.theme)]}>
          <Input />
        </Form.Item>
      )}
      <Form.Item name="topic" label={t('meetings.topic')} rules={[rules.text(LIMITS.topic)]}>
        <Input />
      </Form.Item>
      <Flex gap="small" wrap>
        <Form.Item name="date" label={t('meetings.date')} rules={[rules.required(t('meetings.missingDate'))]} className="grow">
          <DatePicker format={DATE_FORMAT} allowClear={false} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="start"
          label={t('meetings.start')}
          dependencies={['date']}
          rules={[rules.required(t('meetings.missingTimes')), rules.notFuture]}
          className="time-field"
        >
          <Input type="time" step={300} title={t('meetings.timeHint')} />
        </Form.Item>
        <Form.Item
          name="end"
          label={t('meetings.end')}
          dependencies={['date', 'start']}
          rules={[rules.required(t('meetings.missingTimes')), rules.endAfterStart]}
          className="time-field"
        >
          <Input type="time" step={300} title={t('meetings.timeHint')} />
        </Form.Item>
      </Flex>
      <Flex gap="small" wrap>
        <Form.Item name="chair" label={t('meetings.chair')} className="grow" rules={[rules.text(LIMITS.person)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="minuteTaker" label={t('meetings.minuteTaker')} className="grow" rules={[rules.text(LIMITS.person)]}>
          <Input autoComplete="off" />
        </Form.Item>
      </Flex>
      <Form.Item name="guests" label={t('meetings.guests')} extra={t('meetings.guestsHint')} rules={[rules.guests]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
      </Form.Item>
    </EntrySection>
  );
}
