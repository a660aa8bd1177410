import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Grid, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { can } from '@/lib/access';
import { useSessionState } from '@/lib/api/session';
import { useMeetingTemplates, type Criterion, type MeetingTemplates } from '../api/get-meeting-templates';

// Only those who may change the templates need the editor's code.
const MeetingTemplatesEditor = lazy(() => import('./MeetingTemplatesEditor'));

/** Where a list comes from: the default, this organization, or the ancestor that set it. */
export function SourceTag({ organizationId, fromId, fromName }: { organizationId: string; fromId: string | null; fromName: string | null }) {
  const { t } = useTranslation();
  if (fromId === null) return <Tag>{t('meetings.templates.from.default')}</Tag>;
  if (fromId === organizationId) return <Tag color="blue">{t('meetings.templates.from.own')}</Tag>;
  return <Tag color="geekblue">{t('meetings.templates.from.inherited', { name: fromName ?? '—' })}</Tag>;
}

function TemplatesView({ templates }: { templates: MeetingTemplates }) {
  const { t } = useTranslation();
  // On a phone the code goes under the criterion's name rather than in a column of its own.
  const wide = Grid.useBreakpoint().sm !== false;
  const columns: ColumnsType<Criterion> = [
    ...(wide ? [{ title: t('meetings.templates.code'), dataIndex: 'code', className: 'templates__code' }] : []),
    {
      title: t('meetings.templates.name'),
      dataIndex: 'name',
      render: (name: string, c) =>
        wide ? (
          name
        ) : (
          <>
            {name}
            <br />
            <code className="templates__code muted">{c.code}</code>
          </>
        ),
    },
    { title: t('meetings.templates.max'), dataIndex: 'max', align: 'right', width: 80 },
    {
      title: t('meetings.templates.key'),
      dataIndex: 'key',
      align: 'center',
      width: 100,
      render: (key: boolean) => (key ? t('app.yes') : <span className="muted">{t('app.none')}</span>),
    },
  ];
  return (
    <>
      <div className="templates__head">
        <h3 className="section-title">{t('meetings.templates.procedure')}</h3>
        <SourceTag organizationId={templates.organizationId} fromId={templates.procedureFromId} fromName={templates.procedureFromName} />
      </div>
      <ol className="templates__steps">
        {templates.procedure.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <div className="templates__head">
        <h3 className="section-title">{t('meetings.templates.criteria')}</h3>
        <SourceTag organizationId={templates.organizationId} fromId={templates.criteriaFromId} fromName={templates.criteriaFromName} />
      </div>
      <Table<Criterion>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={templates.criteria}
        className="templates__sheet"
        columns={columns}
      />
    </>
  );
}

/**
 * The checklist and score sheet an organization's meeting records are checked against, and where each comes from;
 * for the roles that may, an editor to give the organization its own or let it follow the level above again.
 */
export function MeetingTemplatesPanel({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const role = useSessionState().session?.user.role;
  const templates = useMeetingTemplates(organizationId);
  const [editing, setEditing] = useState(false);
  const mayEdit = can(role, 'setMeetingTemplates');

  return (
    <Card
      size="small"
      className="templates"
      title={<h2 className="section-title">{t('meetings.templates.title')}</h2>}
      extra={
        mayEdit &&
        templates.data &&
        !editing && (
          <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
            {t('meetings.templates.adjust')}
          </Button>
        )
      }
    >
      {templates.error ? (
        <ProblemAlert error={templates.error} />
      ) : !templates.data ? (
        <p role="status">{t('app.loading')}</p>
      ) : editing ? (
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <MeetingTemplatesEditor
            templates={templates.data}
            onDone={() => setEditing(false)}
            onReload={() => {
              setEditing(false);
              void templates.refetch();
            }}
          />
        </Suspense>
      ) : (
        <>
          <p className="muted templates__hint">{t('meetings.templates.hint')}</p>
          <TemplatesView templates={templates.data} />
        </>
      )}
    </Card>
  );
}
