import { decide, type Decision } from '@hamstring-rehab/engine';
import { addDays, endOfDayIn, todayIn } from '../http/dates.js';
import { buildCase, missingForDecision, type PatientData } from '../routes/patients/patient-case.js';
import type { SnapshotValues } from '../store/store.js';
import { attentionOf, flagBit } from './attention.js';

export { ATTENTION_ORDER, NO_ATTENTION, attentionOf, flagBit, flagsFromBits } from './attention.js';

/** Days counted for adherence: check-ins and sessions in the last two weeks. */
export const ADHERENCE_DAYS = 14;

export interface ComputedSnapshot {
  values: SnapshotValues;
  decision: Decision | null;
  /** Why there is no decision yet, when the case is incomplete. */
  missing: string | null;
}

/** The snapshot of a patient's case for the day it is at `now` in their time zone. */
export function computeSnapshot(data: PatientData, now: Date): ComputedSnapshot {
  const zone = data.profile.timeZone;
  const today = todayIn(zone, now);
  const since = addDays(today, -(ADHERENCE_DAYS - 1));
  const checkInDays = new Set<string>();
  let sessions = 0;
  let lastActivity: string | null = null;
  for (const { event } of data.events) {
    if (event.date > today) continue;
    if (lastActivity === null || event.date > lastActivity) lastActivity = event.date;
    if (event.date < since) continue;
    if (event.type === 'morning-check') checkInDays.add(event.date);
    else if (event.type === 'session') sessions++;
  }
  const missing = missingForDecision(data);
  const decision = missing === null ? decide(buildCase(data, today)) : null;
  const flags = decision?.flags ?? [];
  return {
    decision,
    missing,
    values: {
      computedFor: today,
      freshUntil: endOfDayIn(zone, now).toISOString(),
      status: decision?.status ?? 'incomplete',
      stage: decision?.stage ?? null,
      level: decision?.level ?? null,
      flags: flags.reduce((bits, f) => bits | flagBit(f), 0),
      attention: attentionOf(flags),
      checkIns: checkInDays.size,
      sessions,
      lastActivity,
      decision: decision === null ? null : JSON.stringify(decision),
    },
  };
}
