import { InspectionsPage } from '@/features/inspections';
import { INSPECTION_LINKS } from './inspection-links';

export default function InspectionsRoute() {
  return <InspectionsPage links={INSPECTION_LINKS} />;
}
