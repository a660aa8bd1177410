import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationType } from '../api/get-organizations';
import { ORGANIZATION_TYPES } from './organization-types';

export const SEARCH_DEBOUNCE_MS = 300;

interface Props {
  q: string;
  type: OrganizationType | null;
  onSearch: (q: string) => void;
  onTypeChange: (type: OrganizationType | null) => void;
}

export function OrganizationsFilters({ q, type, onSearch, onTypeChange }: Props) {
  const { t } = useTranslation();
  const searchId = useId();
  const typeId = useId();
  const [text, setText] = useState(q);

  // Follow the URL when it changes from outside (back/forward, a shared link).
  useEffect(() => setText(q), [q]);

  // Search once the user pauses typing, not on every key.
  useEffect(() => {
    if (text.trim() === q) return;
    const timer = window.setTimeout(() => onSearch(text.trim()), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, q, onSearch]);

  return (
    <form className="filters" role="search" onSubmit={(e) => { e.preventDefault(); onSearch(text.trim()); }}>
      <div className="field field--grow">
        <label htmlFor={searchId}>{t('app.searchHint')}</label>
        <input
          id={searchId}
          type="search"
          value={text}
          placeholder={t('organizations.searchExample')}
          autoComplete="off"
          enterKeyHint="search"
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={typeId}>{t('organizations.type')}</label>
        <select
          id={typeId}
          value={type ?? ''}
          onChange={(e) => onTypeChange((e.target.value || null) as OrganizationType | null)}
        >
          <option value="">{t('organizations.anyType')}</option>
          {ORGANIZATION_TYPES.map((value) => (
            <option key={value} value={value}>
              {t(`orgTypes.${value}`)}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
