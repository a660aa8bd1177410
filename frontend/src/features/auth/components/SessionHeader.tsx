import { LogoutOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSessionState } from '@/lib/api/session';
import { useLogout } from '../api/logout';

/** Who is signed in (full name, role) and the way out; on a phone the button keeps only its icon. */
export function SessionHeader({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { session } = useSessionState();
  const logout = useLogout();
  if (!session) return null;
  const { user } = session;
  const label = logout.isPending ? t('app.signingOut') : t('app.signOut');

  return (
    <>
      <p className="app-header__user">
        <span className="app-header__name">{user.fullName}</span>
        <span className="app-header__role">{t(`roles.${user.role}`, { defaultValue: user.role })}</span>
      </p>
      <Button
        icon={<LogoutOutlined aria-hidden />}
        aria-label={compact ? label : undefined}
        disabled={logout.isPending}
        onClick={() => logout.mutate()}
      >
        {compact ? null : label}
      </Button>
    </>
  );
}
