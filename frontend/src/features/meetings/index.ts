// The feature's public surface: src/app imports from here only.
export { MeetingsPage } from './components/MeetingsPage';
export { MeetingEntry } from './components/MeetingEntry';
export { MeetingDetail } from './components/MeetingDetail';
export { MeetingTemplatesPanel } from './components/MeetingTemplatesPanel';
export { ThisMonth } from './components/ThisMonth';
