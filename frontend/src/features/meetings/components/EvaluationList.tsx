import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { components } from '@/lib/api/schema';
import { formatNumber } from '@/lib/format';

type TargetEvaluation = components['schemas']['TargetEvaluation'];

/** Each target in force, green when met and red when not, with the server's reason. */
export function EvaluationList({ items }: { items: TargetEvaluation[] }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <p className="muted">{t('meetings.evaluationEmpty')}</p>;
  return (
    <ul className="evaluation" aria-label={t('meetings.evaluation')}>
      {items.map((e) => (
        <li key={e.targetId} className={`evaluation__item evaluation__item--${e.passed ? 'passed' : 'failed'}`}>
          <p className="evaluation__head">
            {e.passed ? <CheckCircleFilled aria-hidden /> : <CloseCircleFilled aria-hidden />}
            <strong>{e.passed ? t('meetings.passed') : t('meetings.failed')}</strong>
            <span>
              {t(`resolutions.metrics.${e.metric}`)} · {e.resolutionNumber}
            </span>
          </p>
          <p className="evaluation__figures">
            {t('meetings.required')}: {formatNumber(e.required, i18n.language)} · {t('meetings.actual')}:{' '}
            {formatNumber(e.actual, i18n.language)}
          </p>
          <p className="evaluation__reason">{e.reason}</p>
        </li>
      ))}
    </ul>
  );
}
