import type { Decision } from '@hamstring-rehab/engine';
import { caseHistory } from '../cases/case-history.js';
import { addDays, endOfDayIn, todayIn } from '../cases/dates.js';
import type { PatientData } from '../cases/patient-case.js';
import type { SnapshotValues } from '../store/store.js';
import { attentionOf, flagBit } from '../cases/attention.js';

export { ATTENTION_ORDER, NO_ATTENTION, attentionOf, flagBit, flagsFromBits } from '../cases/attention.js';

import { ADHERENCE_DAYS, adherenceOf } from './adherence.js';

export { ADHERENCE_DAYS } from './adherence.js';

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
  const since = addDays(today, -ADHERENCE_DAYS);
  const checkInDays = new Set<string>();
  const sessionDays = new Set<string>();
  let lastActivity: string | null = null;
  let firstDay: string | null = null;
  for (const { event } of data.events) {
    if (event.date > today) continue;
    if (lastActivity === null || event.date > lastActivity) lastActivity = event.date;
    if (firstDay === null || event.date < firstDay) firstDay = event.date;
    if (event.date < since) continue;
    if (event.type === 'morning-check') checkInDays.add(event.date);
    else if (event.type === 'session') sessionDays.add(event.date);
  }
  const { missing, decision, history } = caseHistory(data, today);
  /** The stage at the start of a day: the last ladder change before it (ADR 123's rest days). */
  const stageOn = (day: string): number | null => {
    let stage: number | null = null;
    for (const entry of history) {
      if (entry.date >= day) break;
      if (entry.stage !== null) stage = entry.stage;
    }
    return stage;
  };
  const adherence = adherenceOf({
    today,
    firstDay,
    stageOn,
    active: decision?.status === 'active',
    checkInDays,
    sessionDays,
  });
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
      checkIns: adherence.checkIns,
      sessions: adherence.sessions,
      plannedCheckIns: adherence.plannedCheckIns,
      plannedSessions: adherence.plannedSessions,
      adherence: adherence.percent,
      lastActivity,
      decision: decision === null ? null : JSON.stringify(decision),
    },
  };
}
