import { useCallback } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useSearchParams } from '@/lib/url-state';
import { useOrganizations, type OrganizationType } from '../api/get-organizations';
import { OrganizationsFilters } from './OrganizationsFilters';
import { OrganizationsTable } from './OrganizationsTable';
import { Pagination } from './Pagination';
import { parseOrganizationType } from './organization-types';

function parsePage(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

export function OrganizationsPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const type = parseOrganizationType(params.get('type'));
  const page = parsePage(params.get('page'));

  const { data, error, isPending, isFetching, isPlaceholderData } = useOrganizations({ q, type, page });

  const onSearch = useCallback((next: string) => setParams({ q: next, page: null }, { replace: true }), [setParams]);
  const onTypeChange = useCallback((next: OrganizationType | null) => setParams({ type: next, page: null }), [setParams]);
  const onPageChange = useCallback((next: number) => setParams({ page: next > 1 ? next : null }), [setParams]);

  return (
    <main className="page">
      <h1>Nền nếp — Tổ chức đảng</h1>
      <OrganizationsFilters q={q} type={type} onSearch={onSearch} onTypeChange={onTypeChange} />

      {isFetching && (
        <p role="status" className="loading">
          Đang tải…
        </p>
      )}

      {error ? (
        <ProblemAlert error={error} />
      ) : isPending ? null : (
        <>
          {data.items.length === 0 ? (
            <p className="empty">Không có tổ chức nào phù hợp</p>
          ) : (
            <OrganizationsTable items={data.items} busy={isPlaceholderData} />
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
    </main>
  );
}
