import { lazy, useState, type ComponentType } from 'react';
import { Navigate, useRoutes, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { NotFound } from './not-found';
import { RootBoundary } from './root-error';
import { RequireClinician } from './require-clinician';
import { RequireSession } from './require-session';
import { isStartPage } from '../lib/early-reads';

/**
 * Each page is its own chunk, loaded when first opened (and precached by the service worker). `preload`
 * loads it ahead; a page whose chunk is already loaded when it mounts renders at once, without suspending
 * (the app's first render waits for the start page's chunk: ADR 229).
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  let loaded: ComponentType | undefined;
  const preload = async (): Promise<ComponentType> => {
    loaded ??= (await load())[name];
    return loaded;
  };
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Page() {
    // Chosen once per mount: switching between the two would remount the page and lose its state.
    const [Loaded] = useState(() => loaded);
    return Loaded === undefined ? <Lazy /> : <Loaded />;
  }
  return Object.assign(Page, { preload });
}

const LoginPage = page(() => import('../features/auth/components/login-page'), 'LoginPage');
const SignupPage = page(() => import('../features/auth/components/signup-page'), 'SignupPage');
const WelcomePage = page(() => import('../features/onboarding/components/welcome-page'), 'WelcomePage');
const ProfilePage = page(() => import('../features/onboarding/components/profile-page'), 'ProfilePage');
const ScreeningPage = page(() => import('../features/onboarding/components/screening-page'), 'ScreeningPage');
const OutcomePage = page(() => import('../features/onboarding/components/outcome-page'), 'OutcomePage');
const BaselinePage = page(() => import('../features/onboarding/components/baseline-page'), 'BaselinePage');
const TodayPage = page(() => import('../features/today/components/today-page'), 'TodayPage');

/**
 * A patient's app opens on Today: when it starts there, Today's chunks (its page and the engine, which
 * are not in the initial JavaScript) start loading with the app, beside the session check and the first
 * pull. Resolves when they are loaded (or failed: the page then shows the error as it would). Called by
 * boot.tsx only.
 */
export async function preloadStartPage(pathname: string): Promise<void> {
  if (!isStartPage(pathname)) return;
  await TodayPage.preload().catch(() => undefined);
}
const CheckInPage = page(() => import('../features/check-in/components/check-in-page'), 'CheckInPage');
const ProgressPage = page(() => import('../features/progress/components/progress-page'), 'ProgressPage');
const RunningPage = page(() => import('../features/running/components/running-page'), 'RunningPage');
const LearnPage = page(() => import('../features/learn/components/learn-page'), 'LearnPage');
const SymptomsPage = page(() => import('../features/symptoms/components/symptoms-page'), 'SymptomsPage');
const SettingsPage = page(() => import('../features/settings/components/settings-page'), 'SettingsPage');
const ClinicSignupPage = page(
  () => import('../features/clinic-signup/components/clinic-signup-page'),
  'ClinicSignupPage',
);
const InvitePage = page(() => import('../features/clinic-signup/components/invite-page'), 'InvitePage');
const InviteLandingPage = page(
  () => import('../features/clinic-signup/components/invite-landing-page'),
  'InviteLandingPage',
);
const TeamPage = page(() => import('../features/clinic-team/components/team-page'), 'TeamPage');
const CaseloadPage = page(() => import('../features/caseload/components/caseload-page'), 'CaseloadPage');
const ForgotPasswordPage = page(
  () => import('../features/account/components/forgot-password-page'),
  'ForgotPasswordPage',
);
const ResetPasswordPage = page(
  () => import('../features/account/components/reset-password-page'),
  'ResetPasswordPage',
);
const ConfirmEmailPage = page(
  () => import('../features/account/components/confirm-email-page'),
  'ConfirmEmailPage',
);
const ConfirmSignupPage = page(
  () => import('../features/account/components/confirm-signup-page'),
  'ConfirmSignupPage',
);
const TwoFactorPage = page(() => import('../features/account/components/two-factor-page'), 'TwoFactorPage');
const AccountPage = page(() => import('../features/account/components/account-page'), 'AccountPage');
const PatientMessagesPage = page(
  () => import('../features/messages/components/patient-messages-page'),
  'PatientMessagesPage',
);
const ClinicianMessagesPage = page(
  () => import('../features/messages/components/clinician-messages-page'),
  'ClinicianMessagesPage',
);
const AlertSettingsPage = page(
  () => import('../features/notifications/components/alert-settings-page'),
  'AlertSettingsPage',
);
const RecordPage = page(() => import('../features/patient-record/components/record-page'), 'RecordPage');

/**
 * The app's routes, for the declarative router (`<BrowserRouter>` and `useRoutes`: ADR 231). A page that
 * fails to load (a stale chunk after a deploy) or to render: a plain message and a reload (RootBoundary).
 */
export const appRoutes: RouteObject[] = [
  {
    element: (
      <RootBoundary>
        <Layout />
      </RootBoundary>
    ),
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/signup', element: <SignupPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/confirm-email', element: <ConfirmEmailPage /> },
      { path: '/confirm-signup', element: <ConfirmSignupPage /> },
      { path: '/account', element: <AccountPage /> },
      { path: '/account/two-factor', element: <TwoFactorPage /> },
      { path: '/clinic/signup', element: <ClinicSignupPage /> },
      { path: '/join/:code', element: <ClinicSignupPage /> },
      { path: '/invite/:code', element: <InviteLandingPage /> },
      {
        element: <RequireClinician />,
        children: [
          { path: '/clinic', element: <CaseloadPage /> },
          { path: '/clinic/invite', element: <InvitePage /> },
          { path: '/clinic/team', element: <TeamPage /> },
          { path: '/clinic/alerts', element: <AlertSettingsPage /> },
          { path: '/clinic/patients/:patientId', element: <RecordPage /> },
          { path: '/clinic/patients/:patientId/messages', element: <ClinicianMessagesPage /> },
        ],
      },
      {
        element: <RequireSession />,
        children: [
          { path: '/', element: <Navigate to="/today" replace /> },
          { path: '/welcome', element: <WelcomePage /> },
          { path: '/profile', element: <ProfilePage /> },
          { path: '/screening', element: <ScreeningPage /> },
          { path: '/screening/result', element: <OutcomePage /> },
          { path: '/baseline', element: <BaselinePage /> },
          { path: '/today', element: <TodayPage /> },
          { path: '/check-in', element: <CheckInPage /> },
          { path: '/progress', element: <ProgressPage /> },
          { path: '/running', element: <RunningPage /> },
          { path: '/learn', element: <LearnPage /> },
          { path: '/settings', element: <SettingsPage /> },
          { path: '/symptoms', element: <SymptomsPage /> },
          { path: '/messages', element: <PatientMessagesPage /> },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

/** The page for the current address. Inside a `<BrowserRouter>`. */
export function AppRoutes() {
  return useRoutes(appRoutes);
}
