import { api } from '../../../lib/api';
import type { ApiOk } from '../../../lib/api-types';

export type Member = ApiOk<'GET /clinician/team'>['clinicians'][number];

export const teamKey = ['clinic-team'] as const;

/** The clinic's clinicians. */
export const fetchTeam = () => api<'GET /clinician/team'>('GET', 'clinician/team');

/** An admin removes a colleague: their access ends at once, the clinic keeps the records. */
export const removeFromTeam = (id: string) =>
  api<'DELETE /clinician/team/{clinicianId}'>('DELETE', `clinician/team/${id}`);

/** A clinic admin requires two-factor sign-in of the clinic's clinicians, or not (ADR 126). */
export const setTwoFactorRequired = (required: boolean) =>
  api<'PUT /clinician/clinic/two-factor'>('PUT', 'clinician/clinic/two-factor', { required });
