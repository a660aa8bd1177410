import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentChoices, useDocuments, useSubjectChoices } from '../api/choices';

interface MultiProps {
  id?: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
  'aria-label'?: string;
}

/**
 * Picks the subjects among the deciding committee's subtree, searched on the server. `known` names the ids already
 * chosen (the inspection's `subjectNames`), so that they read as names before any search.
 */
export function SubjectsSelect({ withinId, known, value, onChange, id, ...rest }: MultiProps & { withinId: string | null; known: Record<string, string> }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<Record<string, string>>({});
  const found = useSubjectChoices(withinId, search);
  const names: Record<string, string> = { ...known, ...picked };
  for (const o of found.data ?? []) names[o.id] = o.name;
  const options = [...new Set([...(value ?? []), ...(found.data ?? []).map((o) => o.id)])].map((v) => ({ value: v, label: names[v] ?? v }));
  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      mode="multiple"
      disabled={!withinId}
      placeholder={withinId ? t('inspections.pickSubjects') : t('inspections.pickCommitteeFirst')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      value={value ?? []}
      onChange={(next: string[]) => {
        setPicked((p) => ({ ...p, ...Object.fromEntries(next.filter((v) => names[v]).map((v) => [v, names[v]!])) }));
        onChange?.(next);
      }}
      options={options}
      notFoundContent={found.isFetching ? t('app.loading') : undefined}
      style={{ width: '100%' }}
    />
  );
}

/** Picks the documents whose carrying out is checked, searched by number or title on the server. */
export function DocumentsSelect({ value, onChange, id, ...rest }: MultiProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const found = useDocumentChoices(search);
  const chosen = useDocuments(value ?? []);
  const labels: Record<string, string> = {};
  for (const q of chosen) if (q.data) labels[q.data.id] = `${q.data.number} — ${q.data.title}`;
  for (const r of found.data ?? []) labels[r.id] = `${r.number} — ${r.title}`;
  const options = [...new Set([...(value ?? []), ...(found.data ?? []).map((r) => r.id)])].map((v) => ({ value: v, label: labels[v] ?? v }));
  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      mode="multiple"
      placeholder={t('inspections.pickDocuments')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      value={value ?? []}
      onChange={(next: string[]) => onChange?.(next)}
      options={options}
      notFoundContent={found.isFetching ? t('app.loading') : undefined}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
    />
  );
}
