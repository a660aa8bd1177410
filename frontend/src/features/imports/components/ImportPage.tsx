import { CheckCircleOutlined, DownloadOutlined, ExperimentOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Flex, Form, Progress, Select } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/PageHeader';
import { ApiProblemError } from '@/lib/api/problem';
import { useProblemToast } from '@/lib/problems';
import { useUnsavedChangesWarning } from '@/lib/unsaved';
import { useSearchParams } from '@/lib/url-state';
import { useDownloadImportTemplate } from '../api/get-import-template';
import { useRunImport, type Progress as JobProgress } from '../api/run-import';
import { RESOURCES, type ImportResource, type ImportResult } from '../api/types';
import { fieldLabel } from './import-labels';
import { ImportResultCard } from './ImportResultCard';

/** From this size the import shows the job's progress (a bar) while it runs. */
export const FOLLOW_FROM_BYTES = 512 * 1024;

function newKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
}

/**
 * Import a CSV file: choose what it holds (a template to fill in is offered), check it with a dry run (its row errors
 * in a table), then write it. Large files run as a job whose progress is shown as a bar. What the server says was
 * written is what the page says: nothing, and why, when it answers `committed: false`.
 */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const toast = useProblemToast();
  const [params, setParams] = useSearchParams();
  const resource = RESOURCES.find((r) => r === params.get('loai')) ?? 'meetings';
  const [file, setFile] = useState<File | null>(null);
  const [atomic, setAtomic] = useState(false);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<ApiProblemError | null>(null);
  // One key per file and mode: a second click (or a retry after a lost answer) does not import twice.
  const key = useRef<string>(newKey());
  const run = useRunImport(setProgress);
  const template = useDownloadImportTemplate();
  const checked = result?.dryRun === true;
  useUnsavedChangesWarning(run.isPending || (checked && result.failed < result.total));

  const reset = () => {
    setResult(null);
    setFailure(null);
    key.current = newKey();
  };

  const start = async (dryRun: boolean) => {
    if (!file) return;
    setFailure(null);
    try {
      const r = await run.mutateAsync({
        resource,
        file,
        dryRun,
        atomic,
        follow: file.size >= FOLLOW_FROM_BYTES,
        idempotencyKey: dryRun ? undefined : key.current,
      });
      setResult(r);
      if (!dryRun) key.current = newKey();
      if (r.committed) void message.success(r.failed > 0 ? t('imports.committedPartly', { failed: r.failed }) : t('imports.committed'));
      else if (r.dryRun) void message.info(t('imports.dryRunDone'));
      else void message.error(t('imports.nothingWritten'));
    } catch (error) {
      setResult(null);
      if (error instanceof ApiProblemError) setFailure(error);
      toast(error);
    }
  };

  const n = (v: number) => new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN').format(v);
  const percent = progress?.rowsTotal ? Math.min(100, Math.round((progress.rowsDone / progress.rowsTotal) * 100)) : undefined;

  return (
    <>
      <PageHeader title={t('imports.title')} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical">
          <Flex gap="middle" wrap align="end">
            <Form.Item label={t('imports.resource')} htmlFor="import-resource" style={{ marginBottom: 0 }}>
              <Select
                id="import-resource"
                value={resource}
                onChange={(v: ImportResource) => {
                  setParams({ loai: v }, { replace: true });
                  reset();
                }}
                options={RESOURCES.map((r) => ({ value: r, label: t(`imports.resources.${r}`) }))}
                style={{ width: 220 }}
                disabled={run.isPending}
              />
            </Form.Item>
            <Button
              type="link"
              icon={<DownloadOutlined aria-hidden />}
              loading={template.isPending}
              title={t('imports.templateHint')}
              onClick={() => template.mutate(resource, { onError: (error) => toast(error) })}
            >
              {t('imports.template')} ({t(`imports.resources.${resource}`)})
            </Button>
            <Form.Item label={t('imports.file')} htmlFor="import-file" style={{ marginBottom: 0 }}>
              <input
                id="import-file"
                type="file"
                accept=".csv,text/csv"
                disabled={run.isPending}
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  reset();
                }}
              />
            </Form.Item>
          </Flex>
          <Checkbox checked={atomic} onChange={(e) => setAtomic(e.target.checked)} disabled={run.isPending} style={{ marginTop: 12 }}>
            {t('imports.atomic')}
          </Checkbox>
          <Flex gap="small" wrap style={{ marginTop: 16 }}>
            <Button icon={<ExperimentOutlined aria-hidden />} disabled={!file || run.isPending} onClick={() => void start(true)}>
              {t('imports.dryRun')}
            </Button>
            <Button
              type="primary"
              icon={<CheckCircleOutlined aria-hidden />}
              disabled={!file || run.isPending || !checked}
              onClick={() => void start(false)}
            >
              {t('imports.commit')}
            </Button>
          </Flex>
        </Form>
        {run.isPending && (
          <div style={{ marginTop: 16 }} role="status">
            <Progress percent={percent ?? 0} status="active" showInfo={percent !== undefined} aria-label={t('imports.progress')} />
            <span className="muted">
              {progress?.rowsTotal
                ? t('imports.running', { done: n(progress.rowsDone), total: n(progress.rowsTotal) })
                : t('imports.runningUnknown', { done: n(progress?.rowsDone ?? 0) })}
            </span>
          </div>
        )}
      </Card>
      {failure && !run.isPending && (
        <Alert
          type="error"
          showIcon
          title={failure.problem.title}
          description={
            <>
              {failure.problem.detail && <p style={{ margin: 0 }}>{failure.problem.detail}</p>}
              {(failure.problem.errors ?? []).length > 0 && (
                <ul style={{ margin: '0.25rem 0 0', paddingLeft: '1.25rem' }}>
                  {failure.problem.errors!.map((e, i) => (
                    <li key={`${e.field}-${i}`}>
                      {fieldLabel(t, resource, { field: e.field })}: {e.message}
                    </li>
                  ))}
                </ul>
              )}
            </>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {result && <ImportResultCard result={result} format={n} />}
    </>
  );
}
