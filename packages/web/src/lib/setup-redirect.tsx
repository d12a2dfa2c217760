import { Navigate } from 'react-router';
import type { LocalData } from './patient-case';

/** Sends a patient who has not finished setting up to the next setup step; null when set up. */
export function SetupRedirect({ data }: { data: LocalData }) {
  if (typeof data.profile?.birthYear !== 'number') return <Navigate to="/welcome" replace />;
  if (data.screening === undefined) return <Navigate to="/screening" replace />;
  return null;
}
