// The feature's public surface: src/app imports from here only.
export { LoginPage } from './components/LoginPage';
export { RequireSession } from './components/RequireSession';
export { SessionHeader } from './components/SessionHeader';
export { LOGIN_PATH } from './paths';
