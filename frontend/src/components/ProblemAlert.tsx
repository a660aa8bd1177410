import { ApiProblemError, type FieldError } from '@/lib/api/problem';

/** Shows an API problem (title, detail, field errors, request id) or any other error to the user. */
export function ProblemAlert({ error }: { error: unknown }) {
  let title = 'Không kết nối được máy chủ';
  let detail: string | undefined = 'Vui lòng kiểm tra kết nối mạng rồi thử lại.';
  let fieldErrors: FieldError[] = [];
  let requestId: string | undefined;

  if (error instanceof ApiProblemError) {
    title = error.problem.title || `Lỗi ${error.status}`;
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
      {requestId && <p className="problem__request-id">Mã yêu cầu: {requestId}</p>}
    </div>
  );
}
