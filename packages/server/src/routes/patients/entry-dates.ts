import type { Problem } from '@hamstring-rehab/engine';
import { todayIn } from '../../cases/dates.js';
import type { PatientRecord, Screening } from '../../store/store.js';

/** The days a clinician may date an entry on: from the patient's start to today in the patient's zone. */
export interface EntryDays {
  start: string;
  today: string;
}

/**
 * The patient's start is the earlier of the screening's day and the day their record was made (in their time
 * zone); today is the patient's today (ADR 129).
 */
export function entryDays(patient: PatientRecord, screening: Screening | undefined, now: Date): EntryDays {
  const zone = patient.profile.timeZone;
  const made = todayIn(zone, new Date(patient.createdAt));
  const start = screening !== undefined && screening.date < made ? screening.date : made;
  return { start, today: todayIn(zone, now) };
}

/** A problem naming `path` when `date` is after today or before the patient's start, else undefined. */
export function entryDateProblem(date: string, days: EntryDays, path: string): Problem | undefined {
  if (date > days.today) return { path, message: `must not be after today (${days.today})` };
  if (date < days.start) return { path, message: `must not be before the patient’s start (${days.start})` };
  return undefined;
}
