import { api } from '../../../lib/api';

/** The clinicians who can see the patient's data. */
export const fetchClinicians = (patientId: string) =>
  api<'GET /patients/{patientId}/clinicians'>('GET', `patients/${patientId}/clinicians`);

/** Ends a clinician's link to the patient. */
export const unlinkClinician = (patientId: string, clinicianId: string) =>
  api<'DELETE /patients/{patientId}/clinicians/{clinicianId}'>(
    'DELETE',
    `patients/${patientId}/clinicians/${clinicianId}`,
  );

/** Who read or changed the patient's data, newest first. */
export const fetchAudit = (patientId: string) =>
  api<'GET /patients/{patientId}/audit'>('GET', `patients/${patientId}/audit`);

/** Links the signed-in patient to the clinician whose invite code it is. */
export const acceptInvite = (code: string) => api<'POST /invites/accept'>('POST', 'invites/accept', { code });

/** Erases the patient's account and everything in it. */
export const eraseAccount = (patientId: string) =>
  api<'DELETE /patients/{patientId}'>('DELETE', `patients/${patientId}`);
