import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../api/get-meetings';

type Step = Meeting['procedure'][number];
type Score = NonNullable<Meeting['score']>;
type ScoredCriterion = Score['criteria'][number];

/** Which steps of the checklist the meeting followed (DOMAIN: "a record shows which steps were done"). */
export function RecordChecklist({ procedure }: { procedure: readonly Step[] }) {
  const { t } = useTranslation();
  if (procedure.length === 0) return <p className="muted">{t('meetings.recordSheet.noChecklist')}</p>;
  const done = procedure.filter((p) => p.done).length;
  return (
    <>
      <p className="muted">{t('meetings.recordSheet.stepsDone', { done, total: procedure.length })}</p>
      <ol className="record-checklist" aria-label={t('meetings.sections.procedure')}>
        {procedure.map((p) => (
          <li key={p.step} className={p.done ? 'record-checklist__done' : 'record-checklist__missed'}>
            {p.done ? (
              <CheckCircleFilled aria-hidden style={{ color: '#2e7d32' }} />
            ) : (
              <MinusCircleOutlined aria-hidden className="muted" />
            )}{' '}
            {p.step} <span className="visually-hidden">({t(p.done ? 'meetings.recordSheet.stepDone' : 'meetings.recordSheet.stepNotDone')})</span>
          </li>
        ))}
      </ol>
    </>
  );
}

/** The score sheet as marked: each criterion's points out of its maximum, the total and the band. */
export function RecordScore({ score }: { score: Score }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        <strong>{t('meetings.recordSheet.totalBand', { total: score.total, band: t(`meetings.score.bands.${score.band}`) })}</strong>
      </p>
      <Table<ScoredCriterion>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={score.criteria}
        columns={[
          {
            title: t('meetings.recordSheet.criterion'),
            dataIndex: 'name',
            render: (name: string, c) => (
              <>
                {name} {c.key && <Tag>{t('meetings.recordSheet.keyMark')}</Tag>}
              </>
            ),
          },
          {
            title: t('meetings.score.points'),
            dataIndex: 'points',
            align: 'right',
            width: 110,
            render: (points: number | null | undefined, c) =>
              points == null ? <span className="muted">{t('meetings.recordSheet.notScored')}</span> : `${points}/${c.max}`,
          },
        ]}
      />
    </>
  );
}
