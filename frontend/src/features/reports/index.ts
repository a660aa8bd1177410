// The feature's public surface: src/app imports from here only.
export { ScorecardPage } from './components/ScorecardPage';
export { Dashboard } from './components/Dashboard';
