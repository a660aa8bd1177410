// The feature's public surface: src/app imports from here only.
export { ConferencesPage } from './components/ConferencesPage';
export { ConferenceDetail } from './components/ConferenceDetail';
