import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { saveFile } from '@/lib/api/csv';
import type { ImportResource, ImportResult } from '../api/types';
import { enumLabels, fieldLabel, labelEnums } from './import-labels';

type ImportError = ImportResult['errors'][number];
type Row = { key: number; row: number; field: string; message: string };

/** RFC 4180 quoting, for the errors saved as a CSV file. */
function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * What an import did: whether anything was written (never "Đã ghi" when the server answers `committed: false`, and
 * why not), the counts, and each row error with its column in the file's own words, the enum values it lists named.
 */
export function ImportResultCard({ result, format }: { result: ImportResult; format: (n: number) => string }) {
  const { t } = useTranslation();
  const resource = result.resource as ImportResource;
  const labels = enumLabels(t, resource);
  const rows: Row[] = result.errors.map((e: ImportError, i) => ({
    key: i,
    row: e.row,
    field: fieldLabel(t, resource, e),
    message: labelEnums(e.message, labels),
  }));
  const counts = {
    total: format(result.total),
    created: format(result.created),
    updated: format(result.updated),
    unchanged: format(result.unchanged),
    failed: format(result.failed),
  };

  let alert: { type: 'success' | 'info' | 'warning' | 'error'; title: string; description: string; hint?: string };
  if (result.committed) {
    alert = {
      type: result.failed > 0 ? 'warning' : 'success',
      title: result.failed > 0 ? t('imports.committedPartly', { failed: counts.failed }) : t('imports.committed'),
      description: t('imports.summary', counts),
    };
  } else if (result.dryRun) {
    alert = { type: result.failed > 0 ? 'warning' : 'info', title: t('imports.notWrittenDryRun'), description: t('imports.wouldBe', counts) };
  } else {
    alert = {
      type: 'error',
      title: t('imports.notWrittenAtomic', { failed: counts.failed }),
      description: t('imports.wouldBe', counts),
      hint: t('imports.notWrittenAtomicHint'),
    };
  }

  const downloadErrors = () => {
    const lines = [[t('imports.row'), t('imports.field'), t('imports.message')], ...rows.map((r) => [r.row, r.field, r.message])];
    const csv = `\uFEFF${lines.map((line) => line.map(cell).join(',')).join('\r\n')}\r\n`;
    saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `loi-nhap-${resource}.csv`);
  };

  return (
    <Card
      size="small"
      title={<h2 className="section-title">{t('imports.errors')}</h2>}
      extra={
        rows.length > 0 && (
          <Button size="small" icon={<DownloadOutlined aria-hidden />} onClick={downloadErrors}>
            {t('imports.downloadErrors')}
          </Button>
        )
      }
    >
      <Alert
        type={alert.type}
        role={alert.type === 'error' ? 'alert' : 'status'}
        showIcon
        style={{ marginBottom: 12 }}
        title={alert.title}
        description={
          <>
            <p style={{ margin: 0 }}>{alert.description}</p>
            {alert.hint && <p style={{ margin: '0.25rem 0 0' }}>{alert.hint}</p>}
          </>
        }
      />
      <Table<Row>
        size="small"
        rowKey="key"
        dataSource={rows}
        locale={{ emptyText: <span className="empty-text">{t('imports.noErrors')}</span> }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('imports.row'), dataIndex: 'row', width: 80, align: 'right' },
          { title: t('imports.field'), dataIndex: 'field' },
          { title: t('imports.message'), dataIndex: 'message' },
        ]}
      />
    </Card>
  );
}
