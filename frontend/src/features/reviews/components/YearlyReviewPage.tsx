import { Flex, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '@/components/ExportButton';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useHomeOrganization } from '@/components/use-home-organization';
import { formatDate } from '@/lib/format';
import { useSearchParams } from '@/lib/url-state';
import { exportYearlyReview, useYearlyReview, type ReviewQuery } from '../api/yearly-review';
import { currentYear } from './counts';
import { MemberDrawer } from './MemberDrawer';
import { MembersTable } from './MembersTable';
import { OrganizationsTable } from './OrganizationsTable';

/** A table's heading with its own CSV export beside it (each table its own file). */
function SectionHead({ title, exportButton }: { title: string; exportButton: ReactNode }) {
  return (
    <Flex className="dashboard-section" gap="small" wrap align="center" justify="space-between">
      <h2 className="section-title">{title}</h2>
      {exportButton}
    </Flex>
  );
}

/**
 * The year's evidence for the year-end review (kiểm điểm, đánh giá, xếp loại) of an organization: its own row and
 * those below it; for a branch, its members too, each opening the member's own figures. Each table as CSV.
 */
export function YearlyReviewPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const home = useHomeOrganization();
  const organizationId = params.get('org') ?? home.data ?? null;
  const thisYear = currentYear();
  const years = Array.from({ length: 6 }, (_, n) => thisYear - n);
  const asked = Number(params.get('year'));
  const year = years.includes(asked) ? asked : thisYear;
  const query: ReviewQuery | null = organizationId ? { organizationId, year } : null;
  const review = useYearlyReview(query);
  const r = review.data;
  const root = r?.organizations.find((o) => o.organizationId === r.organizationId);
  const branch = root?.type === 'BRANCH';
  const memberId = params.get('member');

  return (
    <>
      <PageHeader
        title={t('reviews.title')}
        sub={r ? t('reviews.sub', { name: r.organizationName, year: r.year, date: formatDate(r.asOf) }) : undefined}
      />
      <Flex className="toolbar" gap="small" wrap>
        <OrganizationSelect
          value={organizationId}
          onChange={(id) => setParams({ org: id, member: null })}
          types={['DISTRICT', 'GRASSROOTS', 'BRANCH']}
          aria-label={t('reviews.organization')}
          style={{ maxWidth: '100%' }}
        />
        <Select
          aria-label={t('reviews.year')}
          value={year}
          onChange={(y: number) => setParams({ year: y, member: null })}
          options={years.map((y) => ({ value: y, label: t('reviews.yearOption', { year: y }) }))}
          style={{ width: 120 }}
        />
      </Flex>
      {review.error || home.error ? (
        <ProblemAlert error={review.error ?? home.error} />
      ) : !r ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <>
          {branch && (
            <>
              <SectionHead title={t('reviews.members')} exportButton={<ExportButton what={t('reviews.members')} onExport={() => exportYearlyReview(query!, 'members')} />} />
              <MembersTable rows={r.members} loading={review.isFetching} onOpen={(id) => setParams({ member: id })} />
            </>
          )}
          <SectionHead
            title={t('reviews.organizations')}
            exportButton={<ExportButton what={t('reviews.organizations')} onExport={() => exportYearlyReview(query!, 'organizations')} />}
          />
          <OrganizationsTable rows={r.organizations} rootId={r.organizationId} loading={review.isFetching} onOpen={(id) => setParams({ org: id, member: null })} />
          <p className="muted" style={{ marginTop: 12 }}>
            {t('reviews.definitions')}
          </p>
        </>
      )}
      {query && branch && <MemberDrawer query={query} memberId={memberId} onClose={() => setParams({ member: null })} />}
    </>
  );
}
