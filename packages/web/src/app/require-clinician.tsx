import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../lib/session-hooks';
import { NotFound } from './not-found';

/**
 * The clinic pages: for a signed-in clinician only (a patient is shown "not found", never a clinic page), and,
 * when the clinic requires two-factor sign-in, once it is on.
 */
export function RequireClinician() {
  const { me, loading } = useMe();
  const location = useLocation();
  if (loading) return <p role="status">Loading…</p>;
  if (me === null || me === undefined)
    return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (me.role !== 'clinician') return <NotFound />;
  // The clinic requires two-factor sign-in and it is not on: the server refuses clinic routes until it is.
  if (me.twoFactor?.required === true && !me.twoFactor.enabled)
    return <Navigate to="/account/two-factor" replace />;
  return <Outlet />;
}
