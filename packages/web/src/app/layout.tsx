import { Suspense, useEffect } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useLocalData, useMe } from '../lib/session-hooks';
import { AppChrome } from './app-chrome';
import { ClinicBadge } from './clinic-badge';
import { UnreadCount } from '../components/unread-count';
import { ClinicSignOut } from './clinic-sign-out';
import { SyncPill } from './sync-pill';

/** Header with the app name, navigation and sync state; the page; the disclaimer on every page. */
export function Layout() {
  const { me } = useMe();
  const data = useLocalData();
  const { pathname } = useLocation();
  const role = me === null || me === undefined ? null : me.role === 'clinician' ? 'clinician' : 'patient';

  useEffect(() => {
    document.getElementById('page-title')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <AppChrome
      role={role}
      runner={data?.profile?.runner === true}
      pathname={pathname}
      badge={role === 'patient' ? <SyncPill /> : role === 'clinician' ? <ClinicBadge me={me} /> : undefined}
      unread={<UnreadCount />}
      signOut={role === 'clinician' ? <ClinicSignOut /> : undefined}
    >
      <Suspense fallback={<p role="status">Loading…</p>}>
        <Outlet />
      </Suspense>
    </AppChrome>
  );
}
