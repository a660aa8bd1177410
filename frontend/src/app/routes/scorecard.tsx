import { ScorecardPage } from '@/features/reports';

export default function ScorecardRoute() {
  return <ScorecardPage />;
}
