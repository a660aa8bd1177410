// The feature's public surface: src/app imports from here only.
export { InspectionsPage } from './components/InspectionsPage';
export { InspectionDetail } from './components/InspectionDetail';
export { InspectionReportPage } from './components/InspectionReportPage';
export type { InspectionLinks } from './components/common';
