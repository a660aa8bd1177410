import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChosenResolution, useResolutionChoices, type Resolution } from '../api/resolution-choices';

interface Props {
  organizationId: string | null;
  /** The chosen document (from the address), or null for the default. */
  value: string | null;
  onChange: (id: string) => void;
}

function labelOf(r: Resolution, t: (key: string, options?: Record<string, unknown>) => string): string {
  return `${r.number} — ${r.title} (${t('dashboard.targetCount', { count: r.targetCount })})`;
}

/**
 * Picks the document whose targets the dashboard shows, among those with targets in force for the subtree, searched
 * on the server as the user types. Without a choice, the first: the one in force with the most targets.
 */
export function ResolutionPicker({ organizationId, value, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const found = useResolutionChoices(organizationId, search);
  const chosen = useChosenResolution(value);
  const items = found.data ?? [];
  const all = chosen.data && !items.some((r) => r.id === chosen.data.id) ? [chosen.data, ...items] : items;
  return (
    <Select
      aria-label={t('dashboard.resolution')}
      placeholder={t('dashboard.pickResolution')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      value={value ?? undefined}
      onChange={(id: string) => onChange(id)}
      options={all.map((r) => ({ value: r.id, label: labelOf(r, t) }))}
      notFoundContent={found.isFetching ? t('app.loading') : t('dashboard.noResolution')}
      style={{ minWidth: 240, maxWidth: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}
