import { Form, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberInput } from '@/components/NumberInput';
import type { Criterion } from '../api/get-meeting-templates';
import { EntrySection } from './EntrySection';
import type { EntryRules } from './meeting-checks';
import { whole, type MeetingFormValues } from './meeting-form';

interface Props {
  /** The members present by the roll (a hint for the voters), when there is a roll. */
  presentHint: number | null;
  criteria: readonly Criterion[];
  /** Stands in for the score sheet until the branch's templates are known. */
  waiting: ReactNode;
  rules: EntryRules;
}

/**
 * The vote on the resolution and the score sheet. Points above a criterion's maximum are refused with its message,
 * never lowered to the maximum; the total counts only what is a valid number.
 */
export function EntryVoteScore({ presentHint, criteria, waiting, rules }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <EntrySection title={t('meetings.sections.vote')}>
        <Space wrap>
          <Form.Item name={['vote', 'inFavour']} label={t('meetings.vote.inFavour')} dependencies={[['vote', 'voters']]} rules={[rules.number, rules.inFavour]}>
            <NumberInput style={{ width: 120 }} />
          </Form.Item>
          <Form.Item
            name={['vote', 'voters']}
            label={t('meetings.vote.voters')}
            dependencies={[['vote', 'inFavour'], 'present', 'attendance']}
            rules={[rules.number, rules.voters]}
          >
            <NumberInput style={{ width: 120 }} placeholder={presentHint !== null ? String(presentHint) : undefined} />
          </Form.Item>
        </Space>
      </EntrySection>

      <EntrySection title={t('meetings.sections.score')}>
        {waiting ?? (
          <>
            <Form.Item<MeetingFormValues> noStyle shouldUpdate>
              {({ getFieldValue }) => {
                const total = criteria.reduce((sum, c) => {
                  const points = whole(getFieldValue(['score', c.code]));
                  return sum + (points !== null && points <= c.max ? points : 0);
                }, 0);
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
                rules={[rules.points(c.max)]}
              >
                <NumberInput style={{ width: 80 }} />
              </Form.Item>
            ))}
          </>
        )}
      </EntrySection>
    </>
  );
}
