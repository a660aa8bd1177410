import { ResolutionsPage } from '@/features/resolutions';
import { PATHS } from '../paths';

export default function ResolutionsRoute() {
  return <ResolutionsPage hrefOf={PATHS.resolution} newHref={PATHS.newResolution} />;
}
