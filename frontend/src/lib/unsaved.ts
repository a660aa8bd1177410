import { Modal } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, type BlockerFunction } from 'react-router';

/**
 * Warns before leaving a form with unsaved changes: inside the app (another route) with a dialog, and when
 * the tab is closed or reloaded with the browser's own prompt. Returns `release`, to call once saved.
 */
export function useUnsavedChangesWarning(dirty: boolean): () => void {
  const { t } = useTranslation();
  // Read at the moment of leaving, not as of the last render: saving releases the form, then navigates at once.
  const dirtyNow = useRef(dirty);
  dirtyNow.current = dirty;
  const released = useRef(false);
  const blocker = useBlocker(
    useCallback<BlockerFunction>(
      ({ currentLocation, nextLocation }) =>
        dirtyNow.current && !released.current && currentLocation.pathname !== nextLocation.pathname,
      [],
    ),
  );

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    Modal.confirm({
      title: t('app.unsaved'),
      okText: t('app.leave'),
      cancelText: t('app.stay'),
      okButtonProps: { danger: true },
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, t]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  /** Lets the next navigation through (after saving). */
  return useCallback(() => {
    released.current = true;
  }, []);
}
