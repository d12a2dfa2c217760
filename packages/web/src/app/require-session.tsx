import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { keys, useMe } from '../lib/hooks';
import { pullFromServer } from '../lib/patient-store';

/** Pages for a signed-in patient: waits for the first refresh from the server (instant when offline). */
export function RequireSession() {
  const { me, loading } = useMe();
  const client = useQueryClient();
  const location = useLocation();
  const pull = useQuery({
    queryKey: [...keys.pull, me?.id],
    enabled: me !== null && me !== undefined,
    staleTime: Infinity,
    queryFn: async () => {
      try {
        await pullFromServer();
      } finally {
        await client.invalidateQueries({ queryKey: keys.local });
      }
      return true;
    },
  });
  if (loading) return <p role="status">Loading…</p>;
  if (me === null || me === undefined)
    return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (me.role !== 'patient') return <Navigate to="/clinic" replace />;
  if (pull.isPending) return <p role="status">Loading your plan…</p>;
  return <Outlet />;
}
