import { api } from '../../../lib/api';

export interface Member {
  id: string;
  email: string;
  clinicRole: 'admin' | 'clinician';
  assigned: number;
  joinedAt: string;
}

export const teamKey = ['clinic-team'] as const;

/** The clinic's clinicians. */
export const fetchTeam = () => api<{ clinicians: Member[] }>('GET', 'clinician/team');

/** An admin removes a colleague: their access ends at once, the clinic keeps the records. */
export const removeFromTeam = (id: string) => api('DELETE', `clinician/team/${id}`);

/** A clinic admin requires two-factor sign-in of the clinic's clinicians, or not (ADR 126). */
export const setTwoFactorRequired = (required: boolean) =>
  api<{ required: boolean }>('PUT', 'clinician/clinic/two-factor', { required });
