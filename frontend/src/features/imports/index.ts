// The feature's public surface: src/app imports from here only.
export { ImportPage } from './components/ImportPage';
