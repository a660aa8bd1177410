import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { NAV } from '../nav';

/** The planned screens (recommendations, issue 05; import, issue 07) until their API exists. */
export default function ComingSoonRoute() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const entry = NAV.find((e) => e.path === pathname);
  return <Result status="info" title={<h1 className="page-title">{entry ? t(entry.label) : ''}</h1>} subTitle={t('app.comingSoonText')} />;
}
