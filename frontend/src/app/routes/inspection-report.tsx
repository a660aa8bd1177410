import { InspectionReportPage } from '@/features/inspections';
import { INSPECTION_LINKS } from './inspection-links';

export default function InspectionReportRoute() {
  return <InspectionReportPage links={INSPECTION_LINKS} />;
}
