import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../lib/session-hooks';
import { NotFound } from './not-found';

/** The clinic pages: for a signed-in clinician only. A patient is shown "not found", never a clinic page. */
export function RequireClinician() {
  const { me, loading } = useMe();
  const location = useLocation();
  if (loading) return <p role="status">Loading…</p>;
  if (me === null || me === undefined)
    return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (me.role !== 'clinician') return <NotFound />;
  return <Outlet />;
}
