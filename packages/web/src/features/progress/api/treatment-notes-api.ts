import { api } from '../../../lib/api';
import type { TreatmentNote } from '../../../lib/clinic';

/** The treatments the patient's clinicians recorded, oldest first. */
export const fetchTreatmentNotes = (patientId: string) =>
  api<{ notes: TreatmentNote[] }>('GET', `patients/${patientId}/notes`);
