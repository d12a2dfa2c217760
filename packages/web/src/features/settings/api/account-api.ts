import { api } from '../../../lib/api';
import type { AuditEntry, LinkedClinician } from './audit-words';

/** The clinicians who can see the patient's data. */
export const fetchClinicians = (patientId: string) =>
  api<{ clinicians: LinkedClinician[] }>('GET', `patients/${patientId}/clinicians`);

/** Ends a clinician's link to the patient. */
export const unlinkClinician = (patientId: string, clinicianId: string) =>
  api('DELETE', `patients/${patientId}/clinicians/${clinicianId}`);

/** Who read or changed the patient's data, newest first. */
export const fetchAudit = (patientId: string) =>
  api<{ entries: AuditEntry[] }>('GET', `patients/${patientId}/audit`);

/** Links the signed-in patient to the clinician whose invite code it is. */
export const acceptInvite = (code: string) =>
  api<{ clinician: { clinicName: string | null; email: string } }>('POST', 'invites/accept', { code });

/** Erases the patient's account and everything in it. */
export const eraseAccount = (patientId: string) => api('DELETE', `patients/${patientId}`);
