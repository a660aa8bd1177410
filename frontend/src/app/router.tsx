import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Link, Navigate, Outlet, RouterProvider, type RouteObject } from 'react-router';
import { LOGIN_PATH, LoginPage, RequireSession } from '@/features/auth';
import { useSessionState } from '@/lib/api/session';
import { PageFallback } from './layout/PageFallback';
import { homeFor } from './nav';
import { PATHS } from './paths';

// Every signed-in screen loads its code on demand: the login page's JavaScript stays small.
const AppLayout = lazy(() => import('./layout/AppLayout'));
const Dashboard = lazy(() => import('./routes/dashboard'));
const Organizations = lazy(() => import('./routes/organizations'));
const OrganizationDetail = lazy(() => import('./routes/organization'));
const Conferences = lazy(() => import('./routes/conferences'));
const ConferenceDetail = lazy(() => import('./routes/conference'));
const Resolutions = lazy(() => import('./routes/resolutions'));
const NewResolution = lazy(() => import('./routes/new-resolution'));
const ResolutionDetail = lazy(() => import('./routes/resolution'));
const Meetings = lazy(() => import('./routes/meetings'));
const MeetingEntry = lazy(() => import('./routes/meeting-entry'));
const MeetingDetail = lazy(() => import('./routes/meeting'));
const Scorecard = lazy(() => import('./routes/scorecard'));
const Recommendations = lazy(() => import('./routes/recommendations'));
const RecommendationDetail = lazy(() => import('./routes/recommendation'));
const Briefings = lazy(() => import('./routes/briefings'));
const Publications = lazy(() => import('./routes/publications'));
const RecommendationStats = lazy(() => import('./routes/recommendation-stats'));
const Imports = lazy(() => import('./routes/imports'));

function NotFound() {
  const { t } = useTranslation();
  return (
    <main className="page">
      <h1>{t('app.notFound')}</h1>
      <p>
        <Link to="/">{t('app.backHome')}</Link>
      </p>
    </main>
  );
}

function Home() {
  const role = useSessionState().session?.user.role;
  return <Navigate to={homeFor(role)} replace />;
}

function SignedIn() {
  return (
    <RequireSession>
      <Suspense fallback={<PageFallback />}>
        <AppLayout />
      </Suspense>
    </RequireSession>
  );
}

export const ROUTES: RouteObject[] = [
  { path: LOGIN_PATH, element: <LoginPage /> },
  { path: '/index.html', element: <Navigate to="/" replace /> },
  {
    element: <SignedIn />,
    children: [
      { index: true, element: <Home /> },
      { path: PATHS.dashboard, element: <Dashboard /> },
      { path: PATHS.organizations, element: <Organizations /> },
      { path: `${PATHS.organizations}/:id`, element: <OrganizationDetail /> },
      { path: PATHS.conferences, element: <Conferences /> },
      { path: `${PATHS.conferences}/:id`, element: <ConferenceDetail /> },
      { path: PATHS.resolutions, element: <Resolutions /> },
      { path: PATHS.newResolution, element: <NewResolution /> },
      { path: `${PATHS.resolutions}/:id`, element: <ResolutionDetail /> },
      { path: PATHS.meetings, element: <Meetings /> },
      { path: PATHS.newMeeting, element: <MeetingEntry /> },
      { path: `${PATHS.meetings}/:id`, element: <MeetingDetail /> },
      { path: `${PATHS.meetings}/:id/sua`, element: <MeetingEntry /> },
      { path: PATHS.scorecard, element: <Scorecard /> },
      { path: PATHS.recommendations, element: <Recommendations /> },
      { path: PATHS.briefings, element: <Briefings /> },
      { path: PATHS.publications, element: <Publications /> },
      { path: PATHS.recommendationStats, element: <RecommendationStats /> },
      { path: `${PATHS.recommendations}/:id`, element: <RecommendationDetail /> },
      { path: PATHS.imports, element: <Imports /> },
      { path: '*', element: <NotFound /> },
    ],
  },
  { path: '*', element: <Outlet /> },
];

/** The routes. Features meet only here (and in ./routes). */
export function AppRouter() {
  // Made on first render, from the address the page has then (tests set it before rendering).
  const [router] = useState(() => createBrowserRouter(ROUTES));
  return <RouterProvider router={router} />;
}
