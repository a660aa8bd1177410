import { App, Button } from 'antd';
import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblemError, type FieldError } from './api/problem';

/** `attendance[2].reason` as antd's name path ['attendance', 2, 'reason']. */
export function namePath(field: string): (string | number)[] {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiProblemError && error.status === 412;
}

/**
 * Puts a 422's field errors under the form's fields. Returns the errors that name no field of the form
 * (`known`: the top-level names the form has), to be shown with the toast.
 */
export function applyFieldErrors(form: FormInstance, error: unknown, known: readonly string[]): FieldError[] {
  if (!(error instanceof ApiProblemError)) return [];
  const rest: FieldError[] = [];
  const byField = new Map<string, string[]>();
  for (const e of error.problem.errors ?? []) {
    const path = namePath(e.field);
    if (known.includes(String(path[0]))) byField.set(e.field, [...(byField.get(e.field) ?? []), e.message]);
    else rest.push(e);
  }
  form.setFields([...byField].map(([field, errors]) => ({ name: namePath(field), errors })));
  return rest;
}

/**
 * Shows an error to the user as a toast: the problem's title and detail, the field errors no field shows,
 * and for a stale version (412) what happened and a way to reload.
 */
export function useProblemToast() {
  const { notification } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (error: unknown, options: { unshownErrors?: FieldError[]; onReload?: () => void } = {}) => {
      if (isConflict(error)) {
        notification.warning({
          key: 'conflict',
          title: t('app.conflictTitle'),
          description: t('app.conflictDetail'),
          actions: options.onReload && (
            <Button type="primary" size="small" onClick={options.onReload}>
              {t('app.reload')}
            </Button>
          ),
          duration: 0,
        });
        return;
      }
      const title = error instanceof ApiProblemError ? error.problem.title : t('app.offlineTitle');
      const detail = error instanceof ApiProblemError ? error.problem.detail : t('app.offlineDetail');
      const errors = options.unshownErrors ?? (error instanceof ApiProblemError ? error.problem.errors ?? [] : []);
      notification.error({
        title,
        description: (
          <>
            {detail && <p style={{ margin: 0 }}>{detail}</p>}
            {errors.length > 0 && (
              <ul style={{ margin: '0.25rem 0 0', paddingLeft: '1.25rem' }}>
                {errors.map((e, i) => (
                  <li key={`${e.field}-${i}`}>{e.message}</li>
                ))}
              </ul>
            )}
          </>
        ),
        duration: 8,
      });
    },
    [notification, t],
  );
}
