import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { CLINIC_FOOTER } from './clinic-badge';
import { PATIENT_FOOTER } from './disclaimer';

/** The patient's daily pages, always in the bar; the rest sit under "More", so the bar fits a phone. */
const LINKS = [
  { to: '/today', label: 'Today' },
  { to: '/check-in', label: 'Check-in' },
  { to: '/progress', label: 'Progress' },
];
const MORE_LINKS = [
  { to: '/symptoms', label: 'Report a new symptom' },
  { to: '/running', label: 'Running', runnersOnly: true },
  { to: '/learn', label: 'Learn' },
  { to: '/messages', label: 'Messages' },
  { to: '/settings', label: 'Settings' },
];

const CLINIC_LINKS = [
  { to: '/clinic', label: 'Caseload' },
  { to: '/clinic/invite', label: 'Invites' },
  { to: '/clinic/team', label: 'Team' },
  { to: '/clinic/alerts', label: 'Alerts' },
  { to: '/account', label: 'Account' },
];

interface Props {
  /** Who is signed in: null for nobody. */
  role: 'patient' | 'clinician' | null;
  /** A runner's "More" lists the running plan. */
  runner: boolean;
  pathname: string;
  /** Beside the app's name: the sync state of a patient, a clinician's clinic. */
  badge?: ReactNode;
  /** The unread messages count, beside Messages (and on "More"). */
  unread?: ReactNode;
  /** A clinician's sign-out, at the end of the bar. */
  signOut?: ReactNode;
  /** The page. */
  children: ReactNode;
}

/**
 * Header with the app name and navigation; the page; the disclaimer on every page. Rendered from plain props,
 * by the app's Layout and by the server's first paint of Today (ADR 232).
 */
export function AppChrome({ role, runner, pathname, badge, unread, signOut, children }: Props) {
  const signedIn = role !== null;
  const clinician = role === 'clinician';
  const links = clinician ? CLINIC_LINKS : LINKS;
  const more = clinician ? [] : MORE_LINKS.filter((l) => runner || l.runnersOnly !== true);
  const item = (l: { to: string; label: string }) => (
    <li key={l.to}>
      <NavLink to={l.to} end>
        {l.label}
        {l.to === '/messages' && unread}
      </NavLink>
    </li>
  );
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="header-row">
          <NavLink to={clinician ? '/clinic' : signedIn ? '/today' : '/login'} className="app-name">
            Hamstring rehab
          </NavLink>
          {badge}
        </div>
        {signedIn && (
          <nav aria-label="Main">
            <ul className="nav-list">
              {links.map(item)}
              {more.length > 0 && (
                <li>
                  {/* Keyed by the page, so it opens closed on each page. */}
                  <details className="nav-more" key={pathname}>
                    {/* Messages sits in here: its unread count shows on the closed menu too. */}
                    <summary>
                      More
                      {!clinician && unread}
                    </summary>
                    <ul>{more.map(item)}</ul>
                  </details>
                </li>
              )}
              {signOut !== undefined && <li>{signOut}</li>}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" className={clinician ? 'page page-wide' : 'page'}>
        {children}
      </main>
      <footer className="app-footer">{clinician ? <p>{CLINIC_FOOTER}</p> : <p>{PATIENT_FOOTER}</p>}</footer>
    </>
  );
}
