import type { TFunction } from 'i18next';
import type { ImportResource, ImportResult } from '../api/types';

type ImportError = ImportResult['errors'][number];

/** The translation keys of the enums each resource's rows carry, whose values the API's messages may list. */
const ENUMS: Record<ImportResource, string[]> = {
  organizations: ['orgTypes'],
  members: ['organizations'],
  meetings: ['meetings.kinds', 'meetings.roll.statuses', 'meetings.opinion.areas', 'meetings.task.statuses'],
  recommendations: ['recommendations.fields'],
  'indicator-reports': [],
  'study-plans': [],
  'action-plans': [],
  'study-sessions': [],
  inspections: [],
};

/**
 * The field of a row error in the user's words: the CSV column as the file wrote it when the server names one, else
 * the field's Vietnamese (or English) name, else the API's own name; "Cả dòng" for the row as a whole.
 */
export function fieldLabel(t: TFunction, resource: ImportResource, e: Pick<ImportError, 'field' | 'column'>): string {
  if (e.column) return e.column;
  if (!e.field) return t('imports.wholeRow');
  const key = e.field.replace(/\[\d+\]/g, '').replace(/\./g, '_');
  const own = t(`imports.fieldsOf.${resource}.${key}`, { defaultValue: '' });
  if (own) return own;
  const label = t(`imports.fields.${key}`, { defaultValue: '' });
  if (label) return label;
  // A nested field without a name of its own (attendance[2].reason): its list's name, and the path as sent.
  const head = t(`imports.fields.${e.field.split(/[.[]/)[0]}`, { defaultValue: '' });
  return head ? `${head} (${e.field})` : e.field;
}

/** Each enum value the resource's rows may carry, with its label (REGULAR → Thường kỳ). */
export function enumLabels(t: TFunction, resource: ImportResource): Map<string, string> {
  const labels = new Map<string, string>();
  for (const key of ENUMS[resource]) {
    const values = t(key, { returnObjects: true }) as unknown;
    if (!values || typeof values !== 'object') continue;
    for (const [code, label] of Object.entries(values as Record<string, unknown>)) {
      if (/^[A-Z][A-Z_]+$/.test(code) && typeof label === 'string') labels.set(code, label);
    }
  }
  return labels;
}

/**
 * A server message with the enum values it lists given their labels, the value kept for the file
 * ("phải là REGULAR, THEMATIC" → "phải là Thường kỳ (REGULAR), Chuyên đề (THEMATIC)"); a value already explained in
 * parentheses ("chuyên đề (THEMATIC)") is left as it is.
 */
export function labelEnums(message: string, labels: Map<string, string>): string {
  return message.replace(/\b[A-Z][A-Z_]+\b/g, (code: string, offset: number) => {
    const label = labels.get(code);
    if (!label || message[offset - 1] === '(') return code;
    return `${label} (${code})`;
  });
}
