import { ScorecardPage } from '@/features/reports';
import { PATHS } from '../paths';

/** A branch's row links to its meeting records of the quarter (the meetings page reads `within`, `from`, `to`). */
export default function ScorecardRoute() {
  return <ScorecardPage meetingsHref={(branchId, from, to) => `${PATHS.meetings}?${new URLSearchParams({ within: branchId, from, to })}`} />;
}
