import { api } from '../../../lib/api';
import type { PatientIdentity } from '../../../lib/clinic-identity';

export type InviteKind = 'patient' | 'clinician';

/** What an invite link shows before it is used. */
export interface InvitePreview {
  kind: InviteKind;
  clinicName: string;
  patient: PatientIdentity;
  expiresAt: string;
}

/** An invite just made, with its code and link to hand over. */
export interface Invite {
  id: string;
  code: string;
  kind: InviteKind;
  expiresAt: string;
  link: string;
  patient: PatientIdentity;
}

/** One of the clinic's invites, as the list shows it. */
export interface InviteSummary {
  id: string;
  kind: InviteKind;
  clinicianEmail: string;
  patient: PatientIdentity;
  createdAt: string;
  expiresAt: string;
  state: 'open' | 'used' | 'revoked' | 'expired';
}

export const invitesKey = ['clinic-invites'] as const;

/** A clinician's account, with a new clinic (`clinicName`) or joining one (`inviteCode`). */
export const clinicianSignup = (body: Record<string, string>) =>
  api<{ message: string }>('POST', 'auth/clinician-signup', body);

/** A patient's sign-up through an invite: the account is made when the mailed link is opened (ADR 125). */
export const patientSignup = (body: object) => api<{ message: string }>('POST', 'auth/signup', body);

export const fetchInvitePreview = (code: string) =>
  api<InvitePreview>('GET', `invites/${encodeURIComponent(code)}`);

/** Links the signed-in patient to the clinic of the invite. */
export const acceptInvite = (code: string) => api('POST', 'invites/accept', { code });

export const fetchInvites = () => api<{ invites: InviteSummary[] }>('GET', 'clinician/invites');

export const revokeInvite = (id: string) => api('DELETE', `clinician/invites/${id}`);

/** A new single-use invite: for a patient (optionally named) or, for an admin, a colleague. */
export const createInvite = (body: {
  kind: InviteKind;
  name?: string;
  dateOfBirth?: string;
  reference?: string;
}) => api<Invite>('POST', 'clinician/invites', body);
