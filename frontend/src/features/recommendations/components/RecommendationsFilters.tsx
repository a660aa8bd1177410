import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import type { SetSearchParams } from '@/lib/url-state';
import type { RecommendationsFilter } from '../api/get-recommendations';
import { FIELDS, STATUSES, type RecommendationField, type RecommendationStatus } from '../api/types';
import { useBriefingOptions } from './use-briefing-options';

interface Props {
  /** The search as the URL holds it. */
  q: string;
  filter: RecommendationsFilter;
  setParams: SetSearchParams;
}

/** The list's search and filters (field, status, addressee, briefing, overdue), each written to the URL. */
export function RecommendationsFilters({ q, filter, setParams }: Props) {
  const { t } = useTranslation();
  const { options: briefingOptions, loading: briefingsLoading } = useBriefingOptions();

  return (
    <Flex className="toolbar" gap="small" wrap role="search">
      <Input.Search
        aria-label={t('app.search')}
        placeholder={t('recommendations.searchPlaceholder')}
        defaultValue={q}
        allowClear
        onSearch={(text) => setParams({ q: text, page: null }, { replace: true })}
        style={{ maxWidth: 280 }}
      />
      <Select
        aria-label={t('recommendations.field')}
        allowClear
        placeholder={t('recommendations.field')}
        value={filter.field ?? undefined}
        onChange={(v?: RecommendationField) => setParams({ field: v ?? null, page: null })}
        options={FIELDS.map((f) => ({ value: f, label: t(`recommendations.fields.${f}`) }))}
        style={{ width: 220 }}
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label={t('recommendations.status')}
        allowClear
        placeholder={t('recommendations.status')}
        value={filter.status ?? undefined}
        onChange={(v?: RecommendationStatus) => setParams({ status: v ?? null, page: null })}
        options={STATUSES.map((s) => ({ value: s, label: t(`recommendations.statuses.${s}`) }))}
        style={{ width: 190 }}
      />
      <OrganizationSelect
        aria-label={t('recommendations.addressee')}
        placeholder={t('recommendations.addressee')}
        types={['DEPARTMENT', 'GRASSROOTS']}
        allowClear
        value={filter.addresseeId}
        onChange={(id) => setParams({ addressee: id, page: null })}
        style={{ width: 240 }}
      />
      <Select
        aria-label={t('recommendations.briefing')}
        allowClear
        placeholder={t('recommendations.briefing')}
        loading={briefingsLoading}
        value={filter.briefingId ?? undefined}
        onChange={(v?: string) => setParams({ briefing: v ?? null, page: null })}
        options={briefingOptions}
        style={{ width: 240 }}
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label={t('recommendations.overdue')}
        allowClear
        placeholder={t('recommendations.overdue')}
        value={filter.overdue === null ? undefined : String(filter.overdue)}
        onChange={(v?: string) => setParams({ overdue: v ?? null, page: null })}
        options={[
          { value: 'true', label: t('recommendations.overdueOnly') },
          { value: 'false', label: t('recommendations.notOverdue') },
        ]}
        style={{ width: 170 }}
      />
    </Flex>
  );
}
