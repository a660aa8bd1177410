import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown while a screen's code or first data loads. */
export function PageFallback() {
  const { t } = useTranslation();
  return (
    <div className="page-fallback" role="status">
      <Spin /> <span>{t('app.loading')}</span>
    </div>
  );
}

