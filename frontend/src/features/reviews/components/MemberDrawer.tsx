import { Descriptions, Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useMemberReview, type ReviewQuery } from '../api/yearly-review';
import { REMARK_KINDS } from './counts';

/** The figures in a column of their own, never wrapped (a count is a few digits). */
const FIGURES = { content: { width: '4.5rem', textAlign: 'right', whiteSpace: 'nowrap' } } as const;

/** One member's year, as the server gives it for that member alone: meetings, remarks by kind, tasks. */
export function MemberDrawer({ query, memberId, onClose }: { query: ReviewQuery; memberId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const member = useMemberReview(query, memberId);
  const m = member.data;
  return (
    <Drawer
      open={memberId !== null}
      onClose={onClose}
      title={m ? (m.fullName ?? t('reviews.nameHidden')) : t('reviews.memberDetail')}
      size="min(480px, 100vw)"
      destroyOnHidden
    >
      {member.error ? (
        <ProblemAlert error={member.error} />
      ) : !m ? (
        <p role="status">{member.isPending ? t('app.loading') : t('reviews.noMembers')}</p>
      ) : (
        // Focusable, so that the figures can be scrolled from the keyboard on a small screen.
        <div tabIndex={0} role="group" aria-label={t('reviews.memberYear', { year: query.year })}>
          <p className="muted" style={{ marginTop: 0 }}>
            {t('reviews.memberYear', { year: query.year })}
          </p>
          <Descriptions size="small" column={1} bordered title={t('reviews.meetingsPart')} styles={FIGURES}>
            <Descriptions.Item label={t('reviews.attended')}>{m.meetingsAttended}</Descriptions.Item>
            <Descriptions.Item label={t('reviews.excused')}>{m.meetingsExcused}</Descriptions.Item>
            <Descriptions.Item label={t('reviews.unexcused')}>
              <span className={m.meetingsUnexcused > 0 ? 'failed-count' : undefined}>{m.meetingsUnexcused}</span>
            </Descriptions.Item>
          </Descriptions>
          <Descriptions size="small" column={1} bordered title={t('reviews.tasksPart')} styles={FIGURES} style={{ marginTop: 16 }}>
            <Descriptions.Item label={t('reviews.tasksAssigned')}>{m.tasksAssigned}</Descriptions.Item>
            <Descriptions.Item label={t('reviews.tasksDoneLabel')}>{m.tasksDone}</Descriptions.Item>
          </Descriptions>
          <Descriptions size="small" column={1} bordered title={t('reviews.remarks')} styles={FIGURES} style={{ marginTop: 16 }}>
            {REMARK_KINDS.map((k) => (
              <Descriptions.Item key={k} label={t(`reviews.remarkKinds.${k}`)}>
                {m.remarks[k]}
              </Descriptions.Item>
            ))}
          </Descriptions>
          <p className="muted" style={{ marginTop: 12 }}>
            {t('reviews.tasksHint')}
          </p>
        </div>
      )}
    </Drawer>
  );
}
