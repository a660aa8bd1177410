import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Popconfirm, Row } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { ApiProblemError } from '@/lib/api/problem';
import { useSessionState } from '@/lib/api/session';
import { formatDate } from '@/lib/format';
import { useProblemToast } from '@/lib/problems';
import { useDocuments, useOrganizationName } from '../api/choices';
import { useDeleteInspection, useInspection, type Inspection } from '../api/inspections';
import { StatusTag, type InspectionLinks } from './common';
import { ConclusionCard } from './ConclusionCard';
import { FindingsCard } from './FindingsCard';
import { InspectionForm } from './InspectionForm';
import { itemsNamed } from './item-errors';
import { Lifecycle } from './Lifecycle';
import { RemediesCard } from './RemediesCard';
import { mayDeleteInspections, mayRecordInspections } from './rights';

function PlanCard({ inspection, resolutionHref }: { inspection: Inspection; resolutionHref: (id: string) => string }) {
  const { t } = useTranslation();
  const i = inspection;
  const committee = useOrganizationName(i.organizationId);
  const documents = useDocuments(i.resolutionIds);
  return (
    <Card size="small" title={<h2 className="section-title">{t('inspections.plan')}</h2>}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('inspections.committee')}>{committee.data ?? '…'}</Descriptions.Item>
        <Descriptions.Item label={t('inspections.planNumber')}>{i.planNumber}</Descriptions.Item>
        <Descriptions.Item label={t('inspections.kind')}>{t(`inspections.kinds.${i.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('inspections.planned')}>
          {formatDate(i.plannedFrom)} – {formatDate(i.plannedTo)}
        </Descriptions.Item>
        {i.startedOn && <Descriptions.Item label={t('inspections.startedOn')}>{formatDate(i.startedOn)}</Descriptions.Item>}
        {i.endedOn && <Descriptions.Item label={t('inspections.endedOn')}>{formatDate(i.endedOn)}</Descriptions.Item>}
        {i.closedOn && <Descriptions.Item label={t('inspections.closedOn')}>{formatDate(i.closedOn)}</Descriptions.Item>}
        <Descriptions.Item label={t('inspections.subjects')}>{i.subjectNames.join('; ')}</Descriptions.Item>
        {i.resolutionIds.length > 0 && (
          <Descriptions.Item label={t('inspections.documents')}>
            <ul className="inline-list">
              {i.resolutionIds.map((id, n) => (
                <li key={id}>
                  <Link to={resolutionHref(id)}>{documents[n]?.data?.number ?? t('inspections.document')}</Link>
                </li>
              ))}
            </ul>
          </Descriptions.Item>
        )}
      </Descriptions>
      <h3 className="record-subtitle">{t('inspections.team')}</h3>
      <ul className="record-list">
        {i.team.map((m, n) => (
          <li key={n}>
            <strong>{m.fullName}</strong>
            {m.position ? `, ${m.position}` : ''} — {t(`inspections.teamRoles.${m.role}`)}
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** One inspection: its lifecycle, plan and team, findings, conclusion and remedies; editable until closed or cancelled. */
export function InspectionDetail({ id, links, resolutionHref }: { id: string; links: InspectionLinks; resolutionHref: (id: string) => string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const toast = useProblemToast();
  const role = useSessionState().session?.user.role;
  const inspection = useInspection(id);
  const remove = useDeleteInspection();
  const [editingPlan, setEditingPlan] = useState(false);
  const [refusal, setRefusal] = useState<ApiProblemError | null>(null);
  // A refusal speaks of the record as it was: once the record changes (a remedy marked done), it is gone.
  const version = inspection.data?.version;
  useEffect(() => setRefusal(null), [version]);

  if (inspection.error) return <ProblemAlert error={inspection.error} />;
  if (!inspection.data) return <p role="status">{t('app.loading')}</p>;
  const i = inspection.data;
  const open = i.status !== 'CLOSED' && i.status !== 'CANCELLED';
  const editable = mayRecordInspections(role) && open;
  const deletable = mayDeleteInspections(role) && (i.status === 'PLANNED' || i.status === 'CANCELLED');

  return (
    <>
      <PageHeader
        title={i.title}
        sub={
          <>
            {t(`inspections.kinds.${i.kind}`)} · {i.planNumber} · <StatusTag status={i.status} />
          </>
        }
        extra={
          <>
            {editable && (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditingPlan(true)}>
                {t('inspections.editPlan')}
              </Button>
            )}
            {deletable && (
              <Popconfirm
                title={t('inspections.confirmDelete')}
                okText={t('app.remove')}
                cancelText={t('app.cancel')}
                onConfirm={async () => {
                  try {
                    await remove.mutateAsync(i.id);
                    void message.success(t('inspections.deleted'));
                    navigate(links.list);
                  } catch (error) {
                    toast(error);
                  }
                }}
              >
                <Button danger icon={<DeleteOutlined aria-hidden />}>
                  {t('app.remove')}
                </Button>
              </Popconfirm>
            )}
          </>
        }
      />
      <p style={{ marginTop: 0 }}>
        <Link to={links.list}>← {t('inspections.backToList')}</Link>
      </p>
      <Lifecycle inspection={i} editable={mayRecordInspections(role)} refusal={refusal} onRefused={setRefusal} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <PlanCard inspection={i} resolutionHref={resolutionHref} />
          <div style={{ marginTop: 16 }}>
            <FindingsCard inspection={i} editable={editable} />
          </div>
        </Col>
        <Col xs={24} lg={12}>
          <ConclusionCard inspection={i} editable={editable} />
          <div style={{ marginTop: 16 }}>
            <RemediesCard inspection={i} editable={editable} blocking={itemsNamed(refusal, 'remedies')} />
          </div>
        </Col>
      </Row>
      {editingPlan && <InspectionForm inspection={i} onClose={() => setEditingPlan(false)} onSaved={() => setEditingPlan(false)} />}
    </>
  );
}
