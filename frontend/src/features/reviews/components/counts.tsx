import { useTranslation } from 'react-i18next';
import { studyRemarkKindValues } from '@/lib/api/schema';
import type { FindingCounts, RemarkCounts } from '../api/yearly-review';

export const REMARK_KINDS = studyRemarkKindValues;
export const RATINGS = ['GOOD', 'SATISFACTORY', 'SHORTCOMINGS', 'VIOLATIONS'] as const satisfies readonly (keyof FindingCounts)[];

/** The current year in Hà Nội, the year the API defaults to. */
export function currentYear(now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(now));
}

/**
 * Counts by kind in a few words ("Đi muộn 2 · Được biểu dương 1"), only the kinds that occur; "—" when none.
 * `bad`: the kinds shown in red.
 */
export function Counts({ counts, labels, bad = [] }: { counts: Record<string, number>; labels: (kind: string) => string; bad?: readonly string[] }) {
  const present = Object.entries(counts).filter(([, n]) => n > 0);
  if (present.length === 0) return <span className="muted">—</span>;
  return (
    <span className="ratio">
      {present.map(([kind, n], i) => (
        <span key={kind} className={bad.includes(kind) ? 'failed-count' : undefined}>
          {i > 0 && ' · '}
          {labels(kind)} {n}
        </span>
      ))}
    </span>
  );
}

export function RemarkCountsText({ counts }: { counts: RemarkCounts }) {
  const { t } = useTranslation();
  const ordered = Object.fromEntries(REMARK_KINDS.map((k) => [k, counts[k]]));
  return <Counts counts={ordered} labels={(k) => t(`reviews.remarkKinds.${k}`)} bad={['LATE', 'INCOMPLETE_ATTENDANCE', 'NOT_SERIOUS', 'ABSENT_WITHOUT_LEAVE']} />;
}

export function FindingCountsText({ counts }: { counts: FindingCounts }) {
  const { t } = useTranslation();
  const ordered = Object.fromEntries(RATINGS.map((k) => [k, counts[k]]));
  return <Counts counts={ordered} labels={(k) => t(`reviews.ratings.${k}`)} bad={['SHORTCOMINGS', 'VIOLATIONS']} />;
}
