import { Dashboard } from '@/features/reports';
import { ComplianceChart, EffectChart } from '@/features/resolutions';

/** The dashboard composes the reports feature with the resolutions feature's charts (features meet only here). */
export default function DashboardRoute() {
  return (
    <Dashboard
      compliance={({ resolutionId, organizationId, targets }) => (
        <ComplianceChart resolutionId={resolutionId} targets={targets} organizationId={organizationId} from={null} to={null} />
      )}
      effect={({ resolutionId }) => <EffectChart resolutionId={resolutionId} months={6} />}
    />
  );
}
