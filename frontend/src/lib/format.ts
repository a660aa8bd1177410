import dayjs from 'dayjs';
import { i18n } from '@/i18n';

/** Dates are shown dd/MM/yyyy everywhere; the API speaks ISO. */
export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm';

export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format(DATE_FORMAT) : '—';
}

export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format(DATE_TIME_FORMAT) : '—';
}

/**
 * A text with its ISO dates (2026-12-06) and instants (2026-12-06T03:15:00Z) written as everywhere else in the app,
 * 06/12/2026 and 06/12/2026 10:15: a message from the server, e.g. problem details, reads like the screens.
 */
export function localizeDates(text: string): string;
export function localizeDates(text: string | undefined): string | undefined;
export function localizeDates(text: string | undefined): string | undefined {
  return text
    ?.replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})\b/g, (instant) => formatDateTime(instant))
    .replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_, y: string, m: string, d: string) => `${d}/${m}/${y}`);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number | null | undefined, language = 'vi', digits = 1): string {
  if (value === null || value === undefined) return '—';
  const key = `${language}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

export function formatPercent(value: number | null | undefined, language = 'vi'): string {
  return value === null || value === undefined ? '—' : `${formatNumber(value, language)}%`;
}

/** The quarter of a day, YYYY-Qn, and the quarters before it (newest first). */
export function quarterOf(day: dayjs.Dayjs = dayjs()): string {
  return `${day.year()}-Q${Math.floor(day.month() / 3) + 1}`;
}

export function recentQuarters(count: number, day: dayjs.Dayjs = dayjs()): string[] {
  const quarters: string[] = [];
  let cursor = day.startOf('month').subtract(day.month() % 3, 'month');
  for (let i = 0; i < count; i += 1) {
    quarters.push(quarterOf(cursor));
    cursor = cursor.subtract(3, 'month');
  }
  return quarters;
}

/** The first and last day of a quarter ("2024-Q1" → 2024-01-01, 2024-03-31), as the API takes days. */
export function quarterRange(quarter: string): { from: string; to: string } {
  const [year, q] = quarter.split('-Q').map(Number) as [number, number];
  const first = dayjs(new Date(year, (q - 1) * 3, 1));
  return { from: first.format('YYYY-MM-DD'), to: first.add(2, 'month').endOf('month').format('YYYY-MM-DD') };
}

/** "2024-Q1" shown as "Quý I/2024" (vi) or "Q1 2024" (en). */
export function quarterLabel(quarter: string, language = 'vi'): string {
  const [year, q] = quarter.split('-Q');
  return i18n.getFixedT(language)('app.quarter', { year, q, roman: ['I', 'II', 'III', 'IV'][Number(q) - 1] ?? q });
}
