import { Checkbox, Form } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EntrySection } from './EntrySection';

/**
 * The branch's checklist in force, a box per step. `waiting` stands in for it until the branch and its templates
 * are known; `dropped` names what the stored record ticked that the checklist no longer has.
 */
export function EntryChecklist({ steps, waiting, dropped }: { steps: readonly string[]; waiting: ReactNode; dropped: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <EntrySection title={t('meetings.sections.procedure')}>
      {waiting ?? (
        <Form.Item name="procedure" noStyle>
          <Checkbox.Group className="checklist" options={steps.map((s) => ({ value: s, label: s }))} />
        </Form.Item>
      )}
      {dropped.length > 0 && <p className="muted">{t('meetings.templates.dropped', { items: dropped.join('; ') })}</p>}
    </EntrySection>
  );
}
