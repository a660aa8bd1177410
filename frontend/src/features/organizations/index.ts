// The feature's public surface: src/app imports from here only.
export { OrganizationsPage } from './components/OrganizationsPage';
export { OrganizationDetail } from './components/OrganizationDetail';
