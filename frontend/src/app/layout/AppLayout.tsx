import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, Select, Tag } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { SessionHeader } from '@/features/auth';
import { setLanguage, type Language } from '@/i18n';
import { useSessionState } from '@/lib/api/session';
import { navFor } from '../nav';
import { PageFallback } from './PageFallback';

function Navigation({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const role = useSessionState().session?.user.role;
  const entries = navFor(role);
  const selected = entries.find((e) => pathname === e.path || pathname.startsWith(`${e.path}/`))?.key;
  return (
    <nav aria-label={t('app.menu')}>
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        onClick={onNavigate}
        items={entries.map((e) => ({
          key: e.key,
          icon: e.icon,
          label: (
            <Link to={e.path}>
              {t(e.label)}
              {e.planned && (
                <Tag style={{ marginInlineStart: 8 }} bordered={false}>
                  {t('app.comingSoon')}
                </Tag>
              )}
            </Link>
          ),
        }))}
      />
    </nav>
  );
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Select
      aria-label={t('app.language')}
      size="small"
      variant="borderless"
      value={i18n.language === 'en' ? 'en' : 'vi'}
      onChange={(value: Language) => setLanguage(value)}
      options={[
        { value: 'vi', label: 'VI' },
        { value: 'en', label: 'EN' },
      ]}
      style={{ width: 64 }}
    />
  );
}

/**
 * Tables wider than a phone scroll inside their box; such a box must take the keyboard's focus so that it can be
 * scrolled without a mouse (WCAG 2.1.1). antd does not mark it, so the frame does, for every table it shows.
 */
function useFocusableScrollAreas() {
  useEffect(() => {
    const mark = () =>
      document.querySelectorAll<HTMLElement>('.ant-table-content:not([tabindex]), .ant-table-body:not([tabindex])').forEach((el) => {
        el.tabIndex = 0;
      });
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
}

/** The frame of every signed-in page: the menu at the side (a drawer on a phone), who is signed in on top. */
export default function AppLayout() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const desktop = screens.lg === true;
  const [open, setOpen] = useState(false);
  useFocusableScrollAreas();

  return (
    <Layout className="app-layout">
      {desktop && (
        <Layout.Sider theme="light" width={240} className="app-sider">
          <Link to="/" className="app-brand">
            {t('app.brand')}
            <span className="app-brand__tagline">{t('app.tagline')}</span>
          </Link>
          <Navigation />
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header className="app-header">
          {!desktop && (
            <>
              <Button type="text" icon={<MenuOutlined aria-hidden />} aria-label={t('app.menu')} onClick={() => setOpen(true)} />
              <Link to="/" className="app-brand app-brand--inline">
                {t('app.brand')}
              </Link>
            </>
          )}
          <div className="app-header__spacer" />
          {desktop && <LanguageSwitch />}
          <SessionHeader compact={!desktop} />
        </Layout.Header>
        <Layout.Content className="app-content">
          <main className="page">
            <Suspense fallback={<PageFallback />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
      {!desktop && (
        <Drawer
          open={open}
          onClose={() => setOpen(false)}
          placement="left"
          size={280}
          title={t('app.brand')}
          styles={{ body: { padding: 0 } }}
        >
          <Navigation onNavigate={() => setOpen(false)} />
          <div className="drawer-language">
            <LanguageSwitch />
          </div>
        </Drawer>
      )}
    </Layout>
  );
}
