import { Card, Descriptions, Table, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { can } from '@/lib/access';
import { useSessionState } from '@/lib/api/session';
import { formatDate, formatNumber } from '@/lib/format';
import { useMembers, type MemberStatus } from '../api/get-members';
import { useOrganization } from '../api/get-organization';
import { OrganizationTree } from './OrganizationTree';

interface Props {
  id: string;
  hrefOf: (id: string) => string;
  /** What other features show about the organization below its own sections (composed in src/app). */
  extra?: (organizationId: string) => ReactNode;
}

/** One organization: what it is, the tree below it, and a branch's roster for those who may read names. */
export function OrganizationDetail({ id, hrefOf, extra }: Props) {
  const { t, i18n } = useTranslation();
  const role = useSessionState().session?.user.role;
  const org = useOrganization(id);
  const [page, setPage] = useState(1);
  const isBranch = org.data?.type === 'BRANCH';
  const mayReadNames = can(role, 'readMemberNames');
  const members = useMembers(id, page, isBranch && mayReadNames);

  if (org.error) return <ProblemAlert error={org.error} />;
  if (!org.data) return <p role="status">{t('app.loading')}</p>;
  const o = org.data;

  return (
    <>
      <PageHeader title={o.name} sub={<Tag>{t(`orgTypes.${o.type}`)}</Tag>} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
          <Descriptions.Item label={t('organizations.code')}>{o.code}</Descriptions.Item>
          <Descriptions.Item label={t('organizations.memberCount')}>{formatNumber(o.memberCount, i18n.language, 0)}</Descriptions.Item>
          {o.parentId && (
            <Descriptions.Item label={t('app.organization')}>
              <Link to={hrefOf(o.parentId)}>↑</Link>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {isBranch ? (
        <Card size="small" title={t('organizations.roster')}>
          {!mayReadNames ? (
            <p className="muted">{t('organizations.rosterHidden')}</p>
          ) : members.error ? (
            <ProblemAlert error={members.error} />
          ) : (
            <Table
              rowKey="id"
              size="small"
              loading={members.isFetching}
              dataSource={members.data?.items ?? []}
              scroll={{ x: 'max-content' }}
              pagination={{
                current: page,
                pageSize: 50,
                total: members.data?.totalItems ?? 0,
                onChange: setPage,
                showSizeChanger: false,
                hideOnSinglePage: true,
              }}
              columns={[
                { title: t('organizations.fullName'), dataIndex: 'fullName' },
                { title: t('organizations.status'), dataIndex: 'status', render: (s: MemberStatus) => t(`organizations.${s}`) },
                { title: t('organizations.joinedOn'), dataIndex: 'joinedOn', render: formatDate },
                {
                  title: t('organizations.exempt'),
                  dataIndex: 'exempt',
                  render: (exempt: boolean, m) => (exempt ? <Tag color="default">{m.exemptReason ?? t('app.yes')}</Tag> : null),
                },
              ]}
            />
          )}
        </Card>
      ) : (
        <Card size="small" title={t('organizations.children')}>
          <OrganizationTree rootId={id} hrefOf={hrefOf} />
        </Card>
      )}
      {extra?.(o.id)}
    </>
  );
}
