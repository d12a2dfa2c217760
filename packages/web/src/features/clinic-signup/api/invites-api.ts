import { api } from '../../../lib/api';
import type { ApiBody, ApiOk } from '../../../lib/api-types';

export type InviteKind = 'patient' | 'clinician';

/** What an invite link shows before it is used. */
export type InvitePreview = ApiOk<'GET /invites/{code}'>;

/** An invite just made, with its code and link to hand over. */
export type Invite = ApiOk<'POST /clinician/invites'>;

/** One of the clinic's invites, as the list shows it. */
export type InviteSummary = ApiOk<'GET /clinician/invites'>['invites'][number];

export const invitesKey = ['clinic-invites'] as const;

/** A clinician's account, with a new clinic (`clinicName`) or joining one (`inviteCode`). */
export const clinicianSignup = (body: Record<string, string>) =>
  api<'POST /auth/clinician-signup'>('POST', 'auth/clinician-signup', body);

/** A patient's sign-up through an invite: the account is made when the mailed link is opened (ADR 125). */
export const patientSignup = (body: object) => api<'POST /auth/signup'>('POST', 'auth/signup', body);

export const fetchInvitePreview = (code: string) =>
  api<'GET /invites/{code}'>('GET', `invites/${encodeURIComponent(code)}`);

/** Links the signed-in patient to the clinic of the invite. */
export const acceptInvite = (code: string) => api<'POST /invites/accept'>('POST', 'invites/accept', { code });

export const fetchInvites = () => api<'GET /clinician/invites'>('GET', 'clinician/invites');

export const revokeInvite = (id: string) =>
  api<'DELETE /clinician/invites/{inviteId}'>('DELETE', `clinician/invites/${id}`);

/** A new single-use invite: for a patient (optionally named) or, for an admin, a colleague. */
export const createInvite = (body: ApiBody<'POST /clinician/invites'>) =>
  api<'POST /clinician/invites'>('POST', 'clinician/invites', body);
