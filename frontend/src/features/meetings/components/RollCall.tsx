import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '@/lib/format';
import type { Member } from '../api/get-branch-context';
import { countRoll, nextStatus, type AttendanceStatus } from './roll';

export interface RollLine {
  memberId: string;
  status: AttendanceStatus;
  reason?: string | null;
}

interface Props {
  members: Member[];
  value?: RollLine[];
  onChange?: (value: RollLine[]) => void;
  /** The server's messages about roll lines, by index (from `attendance[i].…` field errors). */
  errors?: Record<number, string>;
}

/**
 * The roll call from the roster: one big row per member, tapped to change the status
 * (present → excused → unexcused → exempt); an excused absence asks for its reason.
 * The server's errors about a line (`attendance[i].reason`) are shown under it.
 */
export function RollCall({ members, value = [], onChange, errors = {} }: Props) {
  const { t, i18n } = useTranslation();
  const counts = countRoll(value.map((l) => l.status));
  const byId = new Map(members.map((m) => [m.id, m]));

  const set = (index: number, line: Partial<RollLine>) =>
    onChange?.(value.map((l, i) => (i === index ? { ...l, ...line } : l)));

  return (
    <div className="roll">
      <p className="muted roll__hint">{t('meetings.roll.hint')}</p>
      <div className="roll__bar">
        <output className="roll__summary" aria-live="polite">
          {t('meetings.roll.summary', {
            present: counts.present,
            required: counts.total - counts.exempt,
            rate: formatPercent(counts.rate, i18n.language),
          })}
        </output>
        <Button
          size="small"
          onClick={() =>
            onChange?.(value.map((l) => ({ ...l, status: byId.get(l.memberId)?.exempt ? 'EXEMPT' : 'PRESENT', reason: null })))
          }
        >
          {t('meetings.roll.allPresent')}
        </Button>
      </div>
      <ul className="roll__list">
        {value.map((line, index) => {
          const member = byId.get(line.memberId);
          const label = t(`meetings.roll.statuses.${line.status}`);
          return (
            <li key={line.memberId} className={`roll__item roll__item--${line.status.toLowerCase()}`}>
              {/* Its name, read aloud, is "Name: status", as it shows. */}
              <button
                type="button"
                className="roll__row"
                onClick={() => set(index, { status: nextStatus(line.status), reason: null })}
              >
                <span className="roll__name">{member?.fullName ?? line.memberId}</span>
                <span className="visually-hidden">: </span>
                <span className={`roll__status roll__status--${line.status.toLowerCase()}`}>{label}</span>
              </button>
              {(line.status === 'EXCUSED' || errors[index]) && (
                <Form.Item
                  className="roll__reason"
                  label={t('meetings.roll.reason')}
                  htmlFor={`roll-reason-${index}`}
                  validateStatus={errors[index] ? 'error' : undefined}
                  help={errors[index]}
                >
                  <Input
                    id={`roll-reason-${index}`}
                    size="small"
                    value={line.reason ?? ''}
                    onChange={(e) => set(index, { reason: e.target.value })}
                  />
                </Form.Item>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
