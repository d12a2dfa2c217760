import type { ApiOk } from './api-types';
/** Who a patient is, as the server answers it (GET .../identity, caseload rows). */
export type PatientIdentity = ApiOk<'GET /patients/{patientId}/identity'>;

/** A full date for records: "29 Feb 1980". */
export function fullDate(iso: string): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

/** Whole years between a date of birth and a day. */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by = 0, bm = 1, bd = 1] = dateOfBirth.split('-').map(Number);
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** "Born 29 Feb 1980 (46)" with the age on `today`, or null without a date. */
export function birthText(dateOfBirth: string | null, today: string): string | null {
  if (dateOfBirth === null) return null;
  return `Born ${fullDate(dateOfBirth)} (${String(ageOn(dateOfBirth, today))})`;
}

/** The patient's name, else their e-mail, else a plain label: never an internal id. */
export function patientLabel(identity: Pick<PatientIdentity, 'name'>, email: string | null): string {
  return identity.name ?? email ?? 'Unnamed patient';
}
