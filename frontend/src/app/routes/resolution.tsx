import { useParams } from 'react-router';
import { ResolutionDetail } from '@/features/resolutions';

export default function ResolutionRoute() {
  const { id } = useParams();
  return <ResolutionDetail key={id} id={id!} />;
}
