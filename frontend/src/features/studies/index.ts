// The feature's public surface: src/app imports from here only.
export { StudyPlansPage } from './components/StudyPlansPage';
export { StudyPlanDetail, type StudyPlanLinks } from './components/StudyPlanDetail';
export { SessionEntry } from './components/SessionEntry';
export { SessionPage, type SessionLinks } from './components/SessionPage';
export { ActionPlansPage } from './components/ActionPlansPage';
