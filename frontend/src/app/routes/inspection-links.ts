import type { InspectionLinks } from '@/features/inspections';
import { PATHS } from '../paths';

export const INSPECTION_LINKS: InspectionLinks = {
  list: PATHS.inspections,
  report: PATHS.inspectionReport,
  inspection: PATHS.inspection,
};
