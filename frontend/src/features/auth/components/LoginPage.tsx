import { useEffect, useId, useState, type FormEvent } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiProblemError } from '@/lib/api/problem';
import { useSessionState } from '@/lib/api/session';
import { navigate, useSearchParams } from '@/lib/url-state';
import { useLogin } from '../api/login';
import { LOGIN_PATH, safeNext } from '../paths';

type Field = 'username' | 'password';
type FieldMessages = Partial<Record<Field, string>>;

const FIELDS: readonly Field[] = ['username', 'password'];

function isField(name: string): name is Field {
  return (FIELDS as readonly string[]).includes(name);
}

/** "45 giây", "2 phút", "2 phút 30 giây". */
export function formatWait(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${seconds} giây`;
  return rest === 0 ? `${minutes} phút` : `${minutes} phút ${rest} giây`;
}

/** The server's messages about the two fields (422), shown under them. */
function serverFieldMessages(error: unknown): FieldMessages {
  const messages: FieldMessages = {};
  if (error instanceof ApiProblemError && error.status === 422) {
    for (const { field, message } of error.problem.errors ?? []) {
      if (isField(field)) messages[field] ??= message;
    }
  }
  return messages;
}

/** Why signing in failed: the server's own words for 401, 422 and 429 (with the wait), else the usual alert. */
function LoginProblem({ error }: { error: unknown }) {
  if (!(error instanceof ApiProblemError) || ![401, 422, 429].includes(error.status)) {
    return <ProblemAlert error={error} />;
  }
  const { problem, status, retryAfter } = error;
  const otherErrors = (problem.errors ?? []).filter((e) => !isField(e.field));
  return (
    <div role="alert" className="problem">
      <p className="problem__title">{problem.detail ?? problem.title}</p>
      {status === 429 && retryAfter !== undefined && <p>Có thể đăng nhập lại sau {formatWait(retryAfter)}.</p>}
      {otherErrors.length > 0 && (
        <ul className="problem__errors">
          {otherErrors.map((e, i) => (
            <li key={`${e.field}-${i}`}>{e.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function LoginPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { session, expired } = useSessionState();
  const login = useLogin();

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<FieldMessages>({});
  const ids = { username: useId(), password: useId() };

  // Signed in (just now, or already when arriving here): go where the user was going.
  useEffect(() => {
    if (session && window.location.pathname === LOGIN_PATH) navigate(next, { replace: true });
  }, [session, next]);

  const messages: FieldMessages = { ...serverFieldMessages(login.error), ...missing };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (login.isPending) return;
    const name = username.trim();
    const empty: FieldMessages = {};
    if (!name) empty.username = 'Vui lòng nhập tên đăng nhập.';
    if (!password) empty.password = 'Vui lòng nhập mật khẩu.';
    setMissing(empty);
    if (empty.username || empty.password) {
      login.reset();
      return;
    }
    login.mutate({ username: name, password });
  }

  function fieldProps(field: Field) {
    const message = messages[field];
    return {
      id: ids[field],
      name: field,
      'aria-invalid': message ? true : undefined,
      'aria-describedby': message ? `${ids[field]}-error` : undefined,
    };
  }

  function fieldError(field: Field) {
    const message = messages[field];
    return (
      message && (
        <p id={`${ids[field]}-error`} className="field__error">
          {message}
        </p>
      )
    );
  }

  return (
    <main className="login">
      <p className="login__brand">Nền nếp</p>
      <h1>Đăng nhập</h1>

      {login.error ? (
        <LoginProblem error={login.error} />
      ) : (
        expired && (
          <p role="status" className="notice">
            Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.
          </p>
        )
      )}

      <form className="login__form" noValidate onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor={ids.username}>Tên đăng nhập</label>
          <input
            {...fieldProps('username')}
            type="text"
            value={username}
            maxLength={50}
            autoComplete="username"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            onChange={(e) => setUsername(e.target.value)}
          />
          {fieldError('username')}
        </div>
        <div className="field">
          <label htmlFor={ids.password}>Mật khẩu</label>
          <input
            {...fieldProps('password')}
            type="password"
            value={password}
            maxLength={200}
            autoComplete="current-password"
            onChange={(e) => setPassword(e.target.value)}
          />
          {fieldError('password')}
        </div>
        <button type="submit" className="button button--primary" disabled={login.isPending}>
          {login.isPending ? 'Đang đăng nhập…' : 'Đăng nhập'}
        </button>
      </form>
    </main>
  );
}
