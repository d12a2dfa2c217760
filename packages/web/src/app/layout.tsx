import { Suspense, useEffect } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useLocalData, useMe } from '../lib/session-hooks';
import { CLINIC_FOOTER, ClinicBadge } from './clinic-badge';
import { PATIENT_FOOTER } from './disclaimer';
import { UnreadCount } from '../components/unread-count';
import { ClinicSignOut } from './clinic-sign-out';
import { SyncPill } from './sync-pill';

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

/** Header with the app name, navigation and sync state; the page; the disclaimer on every page. */
export function Layout() {
  const { me } = useMe();
  const data = useLocalData();
  const { pathname } = useLocation();
  const runner = data?.profile?.runner === true;
  const signedIn = me !== null && me !== undefined;
  const clinician = me?.role === 'clinician';
  const links = clinician ? CLINIC_LINKS : LINKS;
  const more = clinician ? [] : MORE_LINKS.filter((l) => runner || l.runnersOnly !== true);

  useEffect(() => {
    document.getElementById('page-title')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

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
          {signedIn && !clinician && <SyncPill />}
          {clinician && <ClinicBadge me={me} />}
        </div>
        {signedIn && (
          <nav aria-label="Main">
            <ul className="nav-list">
              {links.map((l) => (
                <li key={l.to}>
                  <NavLink to={l.to} end>
                    {l.label}
                    {l.to === '/messages' && <UnreadCount />}
                  </NavLink>
                </li>
              ))}
              {more.length > 0 && (
                <li>
                  {/* Keyed by the page, so it opens closed on each page. */}
                  <details className="nav-more" key={pathname}>
                    {/* Messages sits in here: its unread count shows on the closed menu too. */}
                    <summary>
                      More
                      {!clinician && <UnreadCount />}
                    </summary>
                    <ul>
                      {more.map((l) => (
                        <li key={l.to}>
                          <NavLink to={l.to} end>
                            {l.label}
                            {l.to === '/messages' && <UnreadCount />}
                          </NavLink>
                        </li>
                      ))}
                    </ul>
                  </details>
                </li>
              )}
              {clinician && (
                <li>
                  <ClinicSignOut />
                </li>
              )}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" className={clinician ? 'page page-wide' : 'page'}>
        <Suspense fallback={<p role="status">Loading…</p>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">{clinician ? <p>{CLINIC_FOOTER}</p> : <p>{PATIENT_FOOTER}</p>}</footer>
    </>
  );
}
