import type { FormInstance } from 'antd';
import { ApiProblemError, type FieldError } from '@/lib/api/problem';
import { namePath } from '@/lib/problems';

/**
 * A PUT of the whole inspection answers field errors for the whole record (`remedies[2].dueOn`); a dialog editing one
 * item (`remedies`, index 2) shows those of its item under its own fields (`dueOn`) and returns the others, to be shown
 * with the toast.
 */
export function applyItemErrors(form: FormInstance, error: unknown, list: string, index: number, known: readonly string[]): FieldError[] {
  if (!(error instanceof ApiProblemError)) return [];
  const prefix = `${list}[${index}].`;
  const rest: FieldError[] = [];
  const byField = new Map<string, string[]>();
  for (const e of error.problem.errors ?? []) {
    const own = e.field.startsWith(prefix) ? e.field.slice(prefix.length) : null;
    if (own !== null && known.includes(String(namePath(own)[0]))) byField.set(own, [...(byField.get(own) ?? []), e.message]);
    else rest.push(e);
  }
  form.setFields([...byField].map(([field, errors]) => ({ name: namePath(field), errors })));
  return rest;
}

/** The indexes of a list's items a problem names (`remedies[0].status`, `remedies[2].status` → 0, 2). */
export function itemsNamed(error: unknown, list: string): Set<number> {
  const found = new Set<number>();
  if (!(error instanceof ApiProblemError)) return found;
  for (const e of error.problem.errors ?? []) {
    const match = new RegExp(`^${list}\\[(\\d+)\\]`).exec(e.field);
    if (match) found.add(Number(match[1]));
  }
  return found;
}

/** Today in Hà Nội (YYYY-MM-DD), the day the API reckons overdue on, whatever the browser's clock zone. */
export function todayInVietnam(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return parts;
}
