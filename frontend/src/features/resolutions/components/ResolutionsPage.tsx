import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { orderOf, sortOf } from '@/components/table-sort';
import { can } from '@/lib/access';
import { useSessionState } from '@/lib/api/session';
import { formatDate } from '@/lib/format';
import { useTableState } from '@/lib/url-state';
import { useIssuerNames } from '../api/issuer-names';
import { useDocumentTypes, useResolutions, type Resolution } from '../api/resolutions';

/** Resolutions and other documents: searched, filtered by type, sorted and paged by the server. */
export function ResolutionsPage({ hrefOf, newHref }: { hrefOf: (id: string) => string; newHref: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const role = useSessionState().session?.user.role;
  const [state, setParams, params] = useTableState();
  const documentType = params.get('type');
  const resolutions = useResolutions({ ...state, documentType });
  const types = useDocumentTypes();
  const issuerOf = useIssuerNames(resolutions.data?.items ?? []);

  return (
    <>
      <PageHeader
        title={t('resolutions.title')}
        extra={
          can(role, 'manageResolutions') && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate(newHref)}>
              {t('resolutions.new')}
            </Button>
          )
        }
      />
      <Flex className="toolbar" gap="small" wrap role="search">
        <Input.Search
          aria-label={t('app.search')}
          placeholder={`${t('resolutions.number')}, ${t('resolutions.titleField').toLowerCase()}`}
          defaultValue={state.q}
          allowClear
          onSearch={(q) => setParams({ q, page: null }, { replace: true })}
          style={{ maxWidth: 300 }}
        />
        <Select
          aria-label={t('resolutions.documentType')}
          allowClear
          placeholder={t('resolutions.documentType')}
          value={documentType ?? undefined}
          onChange={(v?: string) => setParams({ type: v ?? null, page: null })}
          options={(types.data ?? []).map((d) => ({ value: d.code, label: `${d.code} — ${i18n.language === 'en' ? d.nameEn : d.name}` }))}
          style={{ width: 220 }}
        />
      </Flex>
      {resolutions.error ? (
        <ProblemAlert error={resolutions.error} />
      ) : (
        <Table<Resolution>
          rowKey="id"
          loading={resolutions.isFetching}
          dataSource={resolutions.data?.items ?? []}
          locale={{ emptyText: resolutions.isPending ? t('app.loading') : t('resolutions.empty') }}
          pagination={{
            current: state.page,
            pageSize: state.size,
            total: resolutions.data?.totalItems ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('app.total', { count: total }),
          }}
          onChange={(p, _f, sorter) =>
            setParams({ page: p.current && p.current > 1 ? p.current : null, size: p.pageSize !== 20 ? p.pageSize : null, sort: sortOf(sorter) })
          }
          columns={[
            {
              title: t('resolutions.number'),
              dataIndex: 'number',
              sorter: true,
              sortOrder: orderOf(state.sort, 'number'),
              render: (n: string, r) => <Link to={hrefOf(r.id)}>{n}</Link>,
            },
            {
              title: t('resolutions.issuedOn'),
              dataIndex: 'issuedOn',
              sorter: true,
              sortOrder: orderOf(state.sort, 'issuedOn') ?? (state.sort ? null : 'descend'),
              responsive: ['sm'],
              render: formatDate,
            },
            { title: t('resolutions.titleField'), dataIndex: 'title' },
            { title: t('resolutions.issuer'), key: 'issuer', responsive: ['md'], render: (_, r) => issuerOf(r) },
            { title: t('resolutions.term'), dataIndex: 'term', responsive: ['md'] },
          ]}
        />
      )}
    </>
  );
}
