import { useParams } from 'react-router';
import { RecommendationDetail } from '@/features/recommendations';

export default function RecommendationRoute() {
  const { id } = useParams();
  return <RecommendationDetail key={id} id={id!} />;
}
