import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { pullQuery, useCachedPatient, useMe } from '../lib/session-hooks';

/**
 * Pages for a signed-in patient. When the device holds a complete copy for the user who signed in on it
 * last, they render from it at once while the session check and the pull run behind (stale while
 * revalidate); otherwise they wait for the first pull (instant when offline). The pull starts once the
 * server has confirmed who is signed in; when it ends, the pages re-read the device.
 */
export function RequireSession() {
  const { me, loading, cached } = useMe();
  const cachedPatient = useCachedPatient();
  const client = useQueryClient();
  const location = useLocation();
  const pull = useQuery({
    ...pullQuery(client, me?.id),
    enabled: me !== null && me !== undefined && me.role === 'patient' && !cached,
  });
  if (loading) return <p role="status">Loading…</p>;
  if (me === null || me === undefined)
    return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (me.role !== 'patient') return <Navigate to="/clinic" replace />;
  if (pull.isPending && cachedPatient.data?.id !== me.id) return <p role="status">Loading your plan…</p>;
  return <Outlet />;
}
