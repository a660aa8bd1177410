import { useSessionState } from '@/lib/api/session';
import { useLogout } from '../api/logout';
import { ROLE_LABELS } from './role-labels';

/** Who is signed in (full name, role) and the way out. */
export function SessionHeader() {
  const { session } = useSessionState();
  const logout = useLogout();
  if (!session) return null;
  const { user } = session;

  return (
    <header className="app-header">
      <span className="app-header__brand">Nền nếp</span>
      <p className="app-header__user">
        <span className="app-header__name">{user.fullName}</span>
        <span className="app-header__role">{ROLE_LABELS[user.role] ?? user.role}</span>
      </p>
      <button type="button" className="button" disabled={logout.isPending} onClick={() => logout.mutate()}>
        {logout.isPending ? 'Đang đăng xuất…' : 'Đăng xuất'}
      </button>
    </header>
  );
}
