import { ImportPage } from '@/features/imports';

export default function ImportsRoute() {
  return <ImportPage />;
}
