import { Card, Col, Row } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useSessionState } from '@/lib/api/session';
import { useTableState } from '@/lib/url-state';
import { useOrganizations, type OrganizationType } from '../api/get-organizations';
import { useTreeRoot } from '../api/get-subtree';
import { OrganizationsFilters } from './OrganizationsFilters';
import { OrganizationsTable } from './OrganizationsTable';
import { OrganizationTree } from './OrganizationTree';
import { Pagination } from './Pagination';
import { parseOrganizationType } from './organization-types';

const SORTABLE = ['name', 'code', 'type'];

/** The party tree with its search, beside the searchable, sortable list (state in the URL). */
export function OrganizationsPage({ hrefOf = (id: string) => `/to-chuc/${id}` }: { hrefOf?: (id: string) => string }) {
  const { t } = useTranslation();
  const [{ q, page, sort: rawSort }, setParams, params] = useTableState();
  const type = parseOrganizationType(params.get('type'));
  const sort = rawSort && SORTABLE.includes(rawSort.split(',')[0]!) ? rawSort : null;
  const anchor = useSessionState().session?.user.organizationId;
  const root = useTreeRoot(anchor);

  const { data, error, isPending, isFetching, isPlaceholderData } = useOrganizations({ q, type, page, sort });

  const onSearch = useCallback((next: string) => setParams({ q: next, page: null }, { replace: true }), [setParams]);
  const onTypeChange = useCallback((next: OrganizationType | null) => setParams({ type: next, page: null }), [setParams]);
  const onPageChange = useCallback((next: number) => setParams({ page: next > 1 ? next : null }), [setParams]);
  const onSortChange = useCallback((next: string | null) => setParams({ sort: next, page: null }), [setParams]);

  return (
    <>
      <PageHeader title={t('organizations.title')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card size="small" title={t('organizations.tree')}>
            {root.data ? <OrganizationTree rootId={root.data} hrefOf={hrefOf} /> : root.error ? <ProblemAlert error={root.error} /> : null}
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card size="small" title={t('organizations.list')}>
            <OrganizationsFilters q={q} type={type} onSearch={onSearch} onTypeChange={onTypeChange} />

            {isFetching && (
              <p role="status" className="loading">
                {t('app.loading')}
              </p>
            )}

            {error ? (
              <ProblemAlert error={error} />
            ) : isPending ? null : (
              <>
                {data.items.length === 0 ? (
                  <p className="empty">{t('organizations.empty')}</p>
                ) : (
                  <OrganizationsTable items={data.items} busy={isPlaceholderData} sort={sort} onSortChange={onSortChange} hrefOf={hrefOf} />
                )}
                {data.totalItems > 0 && (
                  <Pagination
                    page={page}
                    totalPages={data.totalPages}
                    totalItems={data.totalItems}
                    disabled={isPlaceholderData}
                    onPageChange={onPageChange}
                  />
                )}
              </>
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
