import { Button } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { refreshSession } from '@/lib/api/client';
import { getRefreshToken, useSessionState } from '@/lib/api/session';
import { LOGIN_PATH, loginHref } from '../paths';

/**
 * Shows its children only in a session. Without one it sends the user to the login page, remembering
 * where they were; after a reload of the tab it first renews the session from the refresh token.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { session } = useSessionState();
  const navigate = useNavigate();
  const location = useLocation();
  const here = `${location.pathname}${location.search}${location.hash}`;
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // Signing out goes to the login page itself; do not follow it there with a `next`.
    if (session || window.location.pathname === LOGIN_PATH) return;
    const toLogin = () => navigate(loginHref(here), { replace: true });
    if (getRefreshToken() === null) {
      toLogin();
      return;
    }
    // The access token was in memory only; the refresh token (sessionStorage) outlived the reload.
    let active = true;
    refreshSession().then(
      (token) => {
        if (active && token === null) toLogin();
      },
      (e: unknown) => {
        if (active) setError(e);
      },
    );
    return () => {
      active = false;
    };
    // `here` is read when the session goes, not followed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session, attempt, navigate]);

  if (session) return children;

  return (
    <main className="page">
      {error ? (
        <>
          <ProblemAlert error={error} />
          <p>
            <Button
              onClick={() => {
                setError(null);
                setAttempt((n) => n + 1);
              }}
            >
              {t('app.retry')}
            </Button>
          </p>
        </>
      ) : (
        <p role="status" className="loading">
          {t('app.loading')}
        </p>
      )}
    </main>
  );
}
