import { useParams } from 'react-router';
import { InspectionDetail } from '@/features/inspections';
import { PATHS } from '../paths';
import { INSPECTION_LINKS } from './inspection-links';

export default function InspectionRoute() {
  const { id } = useParams();
  return <InspectionDetail key={id} id={id!} links={INSPECTION_LINKS} resolutionHref={PATHS.resolution} />;
}
