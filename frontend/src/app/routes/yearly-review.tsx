import { YearlyReviewPage } from '@/features/reviews';

export default function YearlyReviewRoute() {
  return <YearlyReviewPage />;
}
