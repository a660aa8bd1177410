import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Link, Navigate, Outlet, RouterProvider, useMatches, type RouteObject } from 'react-router';
import { LOGIN_PATH, LoginPage, RequireSession } from '@/features/auth';
import { PageFallback } from './layout/PageFallback';
import { PATHS } from './paths';

// Every signed-in screen loads its code on demand: the login page's JavaScript stays small.
const AppLayout = lazy(() => import('./layout/AppLayout'));
const Home = lazy(() => import('./routes/home'));
const ThisMonth = lazy(() => import('./routes/this-month'));
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
// ── studies (issue 10) ──
const StudyPlans = lazy(() => import('./routes/study-plans'));
const StudyPlanDetail = lazy(() => import('./routes/study-plan'));
const StudySessionEntry = lazy(() => import('./routes/study-session-entry'));
const StudySession = lazy(() => import('./routes/study-session'));
const ActionPlans = lazy(() => import('./routes/action-plans'));

// ── inspections and yearly review (issue 10) ──
const Inspections = lazy(() => import('./routes/inspections'));
const InspectionReport = lazy(() => import('./routes/inspection-report'));
const InspectionDetail = lazy(() => import('./routes/inspection'));
const YearlyReview = lazy(() => import('./routes/yearly-review'));


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

function SignedIn() {
  return (
    <RequireSession>
      <Suspense fallback={<PageFallback />}>
        <AppLayout />
      </Suspense>
    </RequireSession>
  );
}

/** What a route tells the frame: the i18n key of its name in the browser's tab (`titles.*`). */
export interface RouteHandle {
  title: string;
}

/** "Bảng điểm quý · Nền nếp": the deepest route's own title, in the chosen language. */
function DocumentTitle() {
  const { t } = useTranslation();
  const matches = useMatches();
  const key = matches
    .map((m) => (m.handle as RouteHandle | undefined)?.title)
    .filter(Boolean)
    .pop();
  const title = key ? `${t(key)} · ${t('app.brand')}` : t('app.brand');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}

function Root() {
  return (
    <>
      <DocumentTitle />
      <Outlet />
    </>
  );
}

const titled = (title: string) => ({ handle: { title } satisfies RouteHandle });

export const ROUTES: RouteObject[] = [
  {
    element: <Root />,
    children: [
      { path: LOGIN_PATH, element: <LoginPage />, ...titled('titles.login') },
      { path: '/index.html', element: <Navigate to="/" replace /> },
      {
        element: <SignedIn />,
        children: [
          { index: true, element: <Home />, ...titled('titles.home') },
          { path: PATHS.dashboard, element: <Dashboard />, ...titled('titles.dashboard') },
          { path: PATHS.organizations, element: <Organizations />, ...titled('titles.organizations') },
          { path: `${PATHS.organizations}/:id`, element: <OrganizationDetail />, ...titled('titles.organization') },
          { path: PATHS.conferences, element: <Conferences />, ...titled('titles.conferences') },
          { path: `${PATHS.conferences}/:id`, element: <ConferenceDetail />, ...titled('titles.conference') },
          { path: PATHS.resolutions, element: <Resolutions />, ...titled('titles.resolutions') },
          { path: PATHS.newResolution, element: <NewResolution />, ...titled('titles.newResolution') },
          { path: `${PATHS.resolutions}/:id`, element: <ResolutionDetail />, ...titled('titles.resolution') },
          { path: PATHS.meetings, element: <Meetings />, ...titled('titles.meetings') },
          { path: PATHS.newMeeting, element: <MeetingEntry />, ...titled('titles.newMeeting') },
          { path: PATHS.thisMonth, element: <ThisMonth />, ...titled('titles.thisMonth') },
          { path: `${PATHS.meetings}/:id`, element: <MeetingDetail />, ...titled('titles.meeting') },
          { path: `${PATHS.meetings}/:id/sua`, element: <MeetingEntry />, ...titled('titles.editMeeting') },
          { path: PATHS.scorecard, element: <Scorecard />, ...titled('titles.scorecard') },
          { path: PATHS.recommendations, element: <Recommendations />, ...titled('titles.recommendations') },
          { path: PATHS.briefings, element: <Briefings />, ...titled('titles.briefings') },
          { path: PATHS.publications, element: <Publications />, ...titled('titles.publications') },
          { path: PATHS.recommendationStats, element: <RecommendationStats />, ...titled('titles.recommendationStats') },
          { path: `${PATHS.recommendations}/:id`, element: <RecommendationDetail />, ...titled('titles.recommendation') },
          { path: PATHS.imports, element: <Imports />, ...titled('titles.imports') },
          // ── studies (issue 10) ──
          { path: PATHS.studyPlans, element: <StudyPlans />, ...titled('titles.studyPlans') },
          { path: `${PATHS.studyPlans}/:id`, element: <StudyPlanDetail />, ...titled('titles.studyPlan') },
          { path: `${PATHS.studyPlans}/:planId/ghi-buoi-hoc`, element: <StudySessionEntry />, ...titled('titles.newStudySession') },
          { path: `${PATHS.studyPlans}/buoi-hoc/:id`, element: <StudySession />, ...titled('titles.studySession') },
          { path: `${PATHS.studyPlans}/buoi-hoc/:id/sua`, element: <StudySessionEntry />, ...titled('titles.editStudySession') },
          { path: PATHS.actionPlans, element: <ActionPlans />, ...titled('titles.actionPlans') },

          // ── inspections and yearly review (issue 10) ──
          { path: PATHS.inspections, element: <Inspections />, ...titled('titles.inspections') },
          { path: PATHS.inspectionReport, element: <InspectionReport />, ...titled('titles.inspectionReport') },
          { path: `${PATHS.inspections}/:id`, element: <InspectionDetail />, ...titled('titles.inspection') },
          { path: PATHS.yearlyReview, element: <YearlyReview />, ...titled('titles.yearlyReview') },

          { path: '*', element: <NotFound />, ...titled('titles.notFound') },
        ],
      },
      { path: '*', element: <Outlet /> },
    ],
  },
];

/** The routes. Features meet only here (and in ./routes). */
export function AppRouter() {
  // Made on first render, from the address the page has then (tests set it before rendering).
  const [router] = useState(() => createBrowserRouter(ROUTES));
  return <RouterProvider router={router} />;
}
