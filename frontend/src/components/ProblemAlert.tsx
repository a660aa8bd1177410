import { useTranslation } from 'react-i18next';
import { ApiProblemError, type FieldError } from '@/lib/api/problem';

/** Shows an API problem (title, detail, field errors, request id) or any other error to the user. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  let title = t('app.offlineTitle');
  let detail: string | undefined = t('app.offlineDetail');
  let fieldErrors: FieldError[] = [];
  let requestId: string | undefined;

  if (error instanceof ApiProblemError) {
    title = error.problem.title || t('app.errorStatus', { status: error.status });
    detail = error.problem.detail;
    fieldErrors = error.problem.errors ?? [];
    requestId = error.problem.requestId;
  }

  return (
    <div role="alert" className="problem">
      <p className="problem__title">{title}</p>
      {detail && <p className="problem__detail">{detail}</p>}
      {fieldErrors.length > 0 && (
        <ul className="problem__errors">
          {fieldErrors.map((e, i) => (
            <li key={`${e.field}-${i}`}>
              <code>{e.field}</code>: {e.message}
            </li>
          ))}
        </ul>
      )}
      {requestId && <p className="problem__request-id">{t('app.requestId', { id: requestId })}</p>}
    </div>
  );
}
