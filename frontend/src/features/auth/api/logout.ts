import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '@/lib/api/client';
import { endSession, getRefreshToken } from '@/lib/api/session';
import { LOGIN_PATH } from '../paths';

/** Spends the refresh token on the server, so that it cannot be used again. */
export async function logout(): Promise<void> {
  const refreshToken = getRefreshToken();
  if (refreshToken === null) return;
  try {
    await api.POST('/api/v1/auth/logout', { body: { refreshToken } });
  } catch {
    // Offline: the token is forgotten here all the same, and expires on the server in its time.
  }
}

export function useLogout() {
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    // In one go, so that a page that needs a session does not first ask the user to sign in and come back.
    onSettled: () => {
      endSession();
      navigate(LOGIN_PATH);
    },
  });
}
