import { Flex, Form, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { NumberInput } from '@/components/NumberInput';
import type { Member } from '../api/get-branch-context';
import { EntrySection } from './EntrySection';
import type { EntryRules } from './meeting-checks';
import type { RollCounts } from './roll';
import { RollCall } from './RollCall';

const COUNTS = [
  ['membersTotal', 'meetings.membersTotal'],
  ['present', 'meetings.present'],
  ['excused', 'meetings.excused'],
  ['unexcused', 'meetings.unexcused'],
  ['exempt', 'meetings.exemptCount'],
] as const;

interface Props {
  rollKnown: boolean;
  loading: boolean;
  members: Member[];
  counts: RollCounts;
  /** The messages about roll lines, by index (the form's own checks and the server's `attendance[i].…`). */
  rollErrors: Record<number, string>;
  rules: EntryRules;
}

/** The roll from the roster, a tap per member; without a roster, the counts, which must add up. */
export function EntryRoll({ rollKnown, loading, members, counts, rollErrors, rules }: Props) {
  const { t } = useTranslation();
  return (
    <EntrySection
      title={t('meetings.sections.roll')}
      extra={
        rollKnown ? (
          <Tag className={counts.rate !== null && counts.rate < 85 ? 'status-tag status-tag--bad' : 'status-tag status-tag--ok'}>
            {counts.present}/{counts.total - counts.exempt}
          </Tag>
        ) : null
      }
    >
      {loading ? (
        <p role="status">{t('app.loading')}</p>
      ) : rollKnown ? (
        <Form.Item name="attendance" noStyle>
          <RollCall members={members} errors={rollErrors} />
        </Form.Item>
      ) : (
        <>
          <p className="muted">{t('meetings.roll.noRoster')}</p>
          <Flex gap="small" wrap>
            {COUNTS.map(([name, label]) => (
              <Form.Item
                key={name}
                name={name}
                label={t(label)}
                className="count-field"
                dependencies={name === 'present' ? COUNTS.map(([other]) => other).filter((other) => other !== 'present') : undefined}
                rules={[
                  ...(name === 'membersTotal' || name === 'present' ? [rules.countRequired] : []),
                  rules.number,
                  ...(name === 'present' ? [rules.countsAddUp] : []),
                ]}
              >
                <NumberInput style={{ width: 110 }} />
              </Form.Item>
            ))}
          </Flex>
        </>
      )}
    </EntrySection>
  );
}
