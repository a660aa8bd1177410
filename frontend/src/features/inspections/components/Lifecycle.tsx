import { App, Button, Card, Flex, Popconfirm, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiProblemError } from '@/lib/api/problem';
import { useProblemToast } from '@/lib/problems';
import { useChangeInspectionStatus, type Inspection, type InspectionStatus } from '../api/inspections';
import { LIFECYCLE, NEXT } from './labels';

/** A refused move as the server said it: its title, its detail and each message (an open remedy named by the server). */
function Refusal({ error }: { error: ApiProblemError }) {
  const messages = error.problem.errors ?? [];
  return (
    <div role="alert" className="problem" style={{ marginTop: 12 }}>
      <p className="problem__title">{error.problem.title}</p>
      {error.problem.detail && <p className="problem__detail">{error.problem.detail}</p>}
      {messages.length > 0 && (
        <ul className="problem__errors">
          {messages.map((e, n) => (
            <li key={`${e.field}-${n}`}>{e.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The lifecycle's steps and the moves from here. The moves the server says would succeed now are primary buttons;
 * the lifecycle's other next steps are offered too, so that the server says what is missing (a refusal is shown as
 * it was sent, and kept until the next move).
 */
export function Lifecycle({
  inspection,
  editable,
  refusal,
  onRefused,
}: {
  inspection: Inspection;
  editable: boolean;
  refusal: ApiProblemError | null;
  onRefused: (error: ApiProblemError | null) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const toast = useProblemToast();
  const change = useChangeInspectionStatus();
  const i = inspection;
  const current = i.status === 'CANCELLED' ? -1 : LIFECYCLE.indexOf(i.status);
  const moves = NEXT[i.status];

  const move = async (status: InspectionStatus) => {
    try {
      await change.mutateAsync({ id: i.id, status });
      onRefused(null);
      void message.success(t('inspections.moved', { status: t(`inspections.statuses.${status}`) }));
    } catch (error) {
      if (error instanceof ApiProblemError && (error.status === 409 || error.status === 422)) onRefused(error);
      else toast(error);
    }
  };

  const button = (s: InspectionStatus) => {
    const allowed = i.allowedTransitions.includes(s);
    const label = t(`inspections.moveTo.${s}`);
    const b = (
      <Button key={s} type={allowed && s !== 'CANCELLED' ? 'primary' : 'default'} danger={s === 'CANCELLED'} disabled={change.isPending} onClick={s === 'CANCELLED' ? undefined : () => move(s)}>
        {label}
      </Button>
    );
    return s === 'CANCELLED' ? (
      <Popconfirm key={s} title={t('inspections.confirmCancel')} okText={label} cancelText={t('app.back')} onConfirm={() => move(s)}>
        {b}
      </Popconfirm>
    ) : (
      b
    );
  };

  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Steps
        size="small"
        current={current}
        status={i.status === 'CANCELLED' ? 'error' : undefined}
        responsive
        items={LIFECYCLE.map((s) => ({ title: t(`inspections.statuses.${s}`) }))}
      />
      <div style={{ marginTop: 12 }}>
        <h2 className="section-title">{t('inspections.nextSteps')}</h2>
        {editable && moves.length > 0 ? (
          <>
            <Flex gap="small" wrap style={{ marginTop: 8 }}>
              {moves.map(button)}
            </Flex>
            {moves.some((s) => !i.allowedTransitions.includes(s) && s !== 'CANCELLED') && (
              <p className="muted" style={{ margin: '8px 0 0' }}>
                {t('inspections.notYet')}
              </p>
            )}
          </>
        ) : (
          <p className="muted">{t('inspections.noNextStep')}</p>
        )}
        {refusal && <Refusal error={refusal} />}
      </div>
    </Card>
  );
}
