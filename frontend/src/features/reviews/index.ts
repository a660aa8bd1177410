// The feature's public surface: src/app imports from here only.
export { YearlyReviewPage } from './components/YearlyReviewPage';
