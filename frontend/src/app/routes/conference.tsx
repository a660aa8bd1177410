import { useParams } from 'react-router';
import { ConferenceDetail } from '@/features/conferences';
import { PATHS } from '../paths';

export default function ConferenceRoute() {
  const { id } = useParams();
  return <ConferenceDetail key={id} id={id!} resolutionHref={PATHS.resolution} />;
}
