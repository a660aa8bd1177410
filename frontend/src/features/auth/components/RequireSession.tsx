import { useEffect, useState, type ReactNode } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { refreshSession } from '@/lib/api/client';
import { getRefreshToken, useSessionState } from '@/lib/api/session';
import { currentLocation, navigate } from '@/lib/url-state';
import { loginHref } from '../paths';

/**
 * Shows its children only in a session. Without one it sends the user to the login page, remembering
 * where they were; after a reload of the tab it first renews the session from the refresh token.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSessionState();
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (session) return;
    const toLogin = () => navigate(loginHref(currentLocation()), { replace: true });
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
  }, [session, attempt]);

  if (session) return children;

  return (
    <main className="page">
      {error ? (
        <>
          <ProblemAlert error={error} />
          <p>
            <button
              type="button"
              className="button"
              onClick={() => {
                setError(null);
                setAttempt((n) => n + 1);
              }}
            >
              Thử lại
            </button>
          </p>
        </>
      ) : (
        <p role="status" className="loading">
          Đang tải…
        </p>
      )}
    </main>
  );
}
