import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemToast } from '@/lib/problems';

/**
 * "Xuất Excel/CSV": the list or report on screen, with the same filters, as a CSV file the server names (see
 * lib/api/csv). `onExport` fetches and saves it; a problem is shown as a toast.
 */
export function ExportButton({ onExport, disabled, what }: { onExport: () => Promise<unknown>; disabled?: boolean; what?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const toast = useProblemToast();
  const [pending, setPending] = useState(false);
  return (
    <Button
      icon={<DownloadOutlined aria-hidden />}
      loading={pending}
      disabled={disabled}
      // Several on one screen: each says what it exports (its visible words first, for voice control).
      aria-label={what ? `${t('app.export')}: ${what}` : undefined}
      onClick={async () => {
        setPending(true);
        try {
          await onExport();
          void message.success(t('app.exported'));
        } catch (error) {
          toast(error);
        } finally {
          setPending(false);
        }
      }}
    >
      {pending ? t('app.exporting') : t('app.export')}
    </Button>
  );
}
