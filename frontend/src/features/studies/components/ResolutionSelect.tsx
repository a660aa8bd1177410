import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useResolution, useResolutionOptions } from '../api/resolution-options';

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (id: string) => void;
  disabled?: boolean;
  'aria-label'?: string;
}

/** Picks the document a plan studies (one from above included), searched on the server by number or title. */
export function ResolutionSelect({ id, value, onChange, disabled, ...rest }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const found = useResolutionOptions(search);
  const chosen = useResolution(value);
  const items = found.data ?? [];
  const all = chosen.data && !items.some((r) => r.id === chosen.data.id) ? [chosen.data, ...items] : items;
  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      disabled={disabled}
      placeholder={t('studies.pickResolution')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      value={value ?? undefined}
      onChange={(next: string) => onChange?.(next)}
      options={all.map((r) => ({ value: r.id, label: `${r.number} — ${r.title}` }))}
      notFoundContent={found.isFetching ? t('app.loading') : t('studies.noResolution')}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}
