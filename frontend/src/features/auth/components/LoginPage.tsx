import { Button, Input } from 'antd';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiProblemError } from '@/lib/api/problem';
import { useSessionState } from '@/lib/api/session';
import { useSearchParams } from '@/lib/url-state';
import { useLogin } from '../api/login';
import { LOGIN_PATH, safeNext } from '../paths';

type Field = 'username' | 'password';
type FieldMessages = Partial<Record<Field, string>>;

const FIELDS: readonly Field[] = ['username', 'password'];

function isField(name: string): name is Field {
  return (FIELDS as readonly string[]).includes(name);
}

/** "45 giây", "2 phút", "2 phút 30 giây" (in English "45 s", "2 min", "2 min 30 s"). */
export function formatWait(seconds: number, t: TFunction): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return t('login.seconds', { count: seconds });
  return rest === 0 ? t('login.minutes', { count: minutes }) : t('login.minutesSeconds', { minutes, seconds: rest });
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
  const { t } = useTranslation();
  if (!(error instanceof ApiProblemError) || ![401, 422, 429].includes(error.status)) {
    return <ProblemAlert error={error} />;
  }
  const { problem, status, retryAfter } = error;
  const otherErrors = (problem.errors ?? []).filter((e) => !isField(e.field));
  return (
    <div role="alert" className="problem">
      <p className="problem__title">{problem.detail ?? problem.title}</p>
      {status === 429 && retryAfter !== undefined && <p>{t('login.waitAgain', { wait: formatWait(retryAfter, t) })}</p>}
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
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
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
    if (session && pathname === LOGIN_PATH) navigate(next, { replace: true });
  }, [session, next, pathname, navigate]);

  const messages: FieldMessages = { ...serverFieldMessages(login.error), ...missing };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (login.isPending) return;
    const name = username.trim();
    const empty: FieldMessages = {};
    if (!name) empty.username = t('login.usernameRequired');
    if (!password) empty.password = t('login.passwordRequired');
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
      <p className="login__brand">{t('app.brand')} — {t('app.tagline')}</p>
      <h1>{t('login.title')}</h1>

      {login.error ? (
        <LoginProblem error={login.error} />
      ) : (
        expired && (
          <p role="status" className="notice">
            {t('login.expired')}
          </p>
        )
      )}

      <form className="login__form" noValidate onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor={ids.username}>{t('login.username')}</label>
          <Input
            size="large"
            status={messages.username ? 'error' : undefined}
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
          <label htmlFor={ids.password}>{t('login.password')}</label>
          <Input.Password
            size="large"
            status={messages.password ? 'error' : undefined}
            {...fieldProps('password')}
            value={password}
            maxLength={200}
            autoComplete="current-password"
            onChange={(e) => setPassword(e.target.value)}
          />
          {fieldError('password')}
        </div>
        <Button type="primary" htmlType="submit" size="large" block disabled={login.isPending}>
          {login.isPending ? t('login.submitting') : t('login.submit')}
        </Button>
      </form>
    </main>
  );
}
