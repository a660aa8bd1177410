import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

type OrganizationType = components['schemas']['OrganizationType'];

interface Props {
  value?: string | null;
  onChange?: (id: string | null) => void;
  types?: OrganizationType[];
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  'aria-label'?: string;
  style?: React.CSSProperties;
}

/** Picks an organization the caller can see, searching the server as the user types (diacritics optional). */
export function OrganizationSelect({ value, onChange, types, placeholder, allowClear, id, style, ...rest }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const options = useQuery({
    queryKey: ['organizations', 'options', search, types ?? []],
    queryFn: async () => {
      // One call per type (the list filters one type at a time), merged.
      const pages = await Promise.all(
        (types ?? [undefined]).map(async (type) =>
          unwrap(await api.GET('/api/v1/organizations', { params: { query: { q: search || undefined, type, size: 30, sort: ['name,asc'] } } })),
        ),
      );
      return pages.flatMap((p) => p.items);
    },
    staleTime: 60_000,
  });
  const selected = useQuery({
    queryKey: ['organizations', 'one', value],
    queryFn: async () => unwrap(await api.GET('/api/v1/organizations/{id}', { params: { path: { id: value! } } })),
    enabled: Boolean(value),
    staleTime: 300_000,
  });

  const items = options.data ?? [];
  const all = selected.data && !items.some((o) => o.id === selected.data.id) ? [selected.data, ...items] : items;

  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      style={{ minWidth: 220, ...style }}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear={allowClear}
      placeholder={placeholder ?? t('app.pickOrganization')}
      loading={options.isFetching}
      value={value ?? undefined}
      onChange={(next) => onChange?.((next as string | undefined) ?? null)}
      options={all.map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))}
      notFoundContent={options.isFetching ? t('app.loading') : undefined}
    />
  );
}
