import { api } from '../../../lib/api';

/** The treatments the patient's clinicians recorded, oldest first. */
export const fetchTreatmentNotes = (patientId: string) =>
  api<'GET /patients/{patientId}/notes'>('GET', `patients/${patientId}/notes`);
