// Who is who in the scale run: patient `i` of N, the clinicians and clinics, and who is linked to whom.
// The first clinician has the big caseload (10,000 patients, or every patient of a smaller run); the rest
// of the patients go to clinicians of 500 each; clinics of ten clinicians. One in twenty of the big
// caseload is also linked to a colleague in the same clinic.
import { createHash } from 'node:crypto';

export const DOMAIN = 'scale.example';
export const PASSWORD = 'scale benchmark password';
export const BIG_CASELOAD = 10_000;
export const CASELOAD = 500;
export const CLINICIANS_PER_CLINIC = 10;

/** A UUID made from a name: the same clinicians and clinics on every run. */
export function scaleId(name) {
  const h = createHash('sha256').update(`hamstring-rehab scale:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Patient ids lead with the patient's number, so that each batch's rows land at the end of the indexes
 * that start with patient_id (a bulk load that stays fast); the rest is random, as a UUID v4.
 */
export function patientIdOf(i) {
  const tail = scaleId(`patient:${i}`);
  return `${i.toString(16).padStart(8, '0')}${tail.slice(8)}`;
}

export const patientEmail = (i) => `patient-${String(i).padStart(6, '0')}@${DOMAIN}`;
export const clinicianEmail = (c) => `clinician-${String(c).padStart(3, '0')}@${DOMAIN}`;
export const clinicianId = (c) => scaleId(`clinician:${c}`);
export const clinicId = (k) => scaleId(`clinic:${k}`);
export const clinicOf = (c) => Math.floor(c / CLINICIANS_PER_CLINIC);

export function layoutFor(patients) {
  const big = Math.min(BIG_CASELOAD, patients);
  const others = Math.ceil((patients - big) / CASELOAD);
  // At least two clinicians, so that the big caseload's colleague exists.
  return { patients, big, clinicians: Math.max(2, 1 + others) };
}

export function clinicianOfPatient(i, layout) {
  return i < layout.big ? 0 : 1 + Math.floor((i - layout.big) / CASELOAD);
}

export function colleagueOfPatient(i, layout) {
  return i < layout.big && i % 20 === 7 ? 1 : undefined;
}
