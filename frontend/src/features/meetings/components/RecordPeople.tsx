import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Member } from '../api/get-branch-context';
import type { Meeting } from '../api/get-meetings';
import type { AttendanceStatus } from './roll';

/** The statuses listed as absences, with their reasons. */
const ABSENT: readonly AttendanceStatus[] = ['EXCUSED', 'UNEXCUSED'];

/**
 * Who took part, as the record says: the chair, the minute-taker and the guests (or that none was recorded), and,
 * when the roll was called by member, each one absent with the status and the reason given. `members` is the
 * branch's roster, for the names.
 */
export function RecordPeople({ meeting, members }: { meeting: Meeting; members: readonly Member[] }) {
  const { t } = useTranslation();
  const none = (text: string) => <span className="muted">{text}</span>;
  const names = new Map(members.map((m) => [m.id, m.fullName]));
  const absent = (meeting.attendance ?? []).filter((a) => ABSENT.includes(a.status));

  return (
    <>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label={t('meetings.chair')}>{meeting.chair ?? none(t('meetings.notRecorded'))}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.minuteTaker')}>{meeting.minuteTaker ?? none(t('meetings.notRecorded'))}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.guests')} span={2}>
          {meeting.guests.length > 0 ? (
            <ul className="record-list" aria-label={t('meetings.guests')}>
              {meeting.guests.map((guest, i) => (
                <li key={`${guest}-${i}`}>{guest}</li>
              ))}
            </ul>
          ) : (
            none(t('meetings.noGuests'))
          )}
        </Descriptions.Item>
      </Descriptions>
      {meeting.attendance && (
        <>
          <h3 className="record-subtitle">{t('meetings.recordSheet.absentCount', { n: absent.length })}</h3>
          {absent.length === 0 ? (
            none(t('meetings.noAbsentees'))
          ) : (
            <ul className="record-list" aria-label={t('meetings.absentees')}>
              {absent.map((a) => (
                <li key={a.memberId}>
                  <strong>{names.get(a.memberId) ?? t('meetings.recordSheet.unknownMember')}</strong>{' '}
                  <Tag className={a.status === 'UNEXCUSED' ? 'status-tag status-tag--bad' : undefined}>{t(`meetings.roll.statuses.${a.status}`)}</Tag>
                  {a.reason && <span>{a.reason}</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
