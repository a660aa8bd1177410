import { RecommendationsOverview } from '@/features/recommendations';
import { Dashboard } from '@/features/reports';
import { ComplianceChart, EffectChart } from '@/features/resolutions';
import { PATHS } from '../paths';

/** The dashboard composes the reports feature with the resolutions' and recommendations' charts (features meet only here). */
export default function DashboardRoute() {
  return (
    <Dashboard
      compliance={({ resolutionId, organizationId }) => <ComplianceChart resolutionId={resolutionId} organizationId={organizationId} from={null} to={null} />}
      effect={({ resolutionId }) => <EffectChart resolutionId={resolutionId} months={6} />}
      recommendations={({ organizationId }) => (
        <RecommendationsOverview organizationId={organizationId} hrefOf={PATHS.recommendation} overdueHref={PATHS.overdueRecommendations} />
      )}
    />
  );
}
