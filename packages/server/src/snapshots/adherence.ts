import { addDays } from '../cases/dates.js';

/** Days counted for adherence: check-ins and sessions in the last two weeks. */
export const ADHERENCE_DAYS = 14;

export interface Adherence {
  /** Days with a morning check, of the days since the window (or the patient's first event) began. */
  checkIns: number;
  plannedCheckIns: number;
  /** Planned session days with a session, of the planned session days. */
  sessions: number;
  plannedSessions: number;
  /** Done against planned, 0-100; -1 when nothing was planned (no events, or on hold). */
  percent: number;
}

/**
 * Adherence over the 14 days up to `today`, done against planned (ADR 123). A morning check is planned every
 * day from the patient's first event on; a session is planned every day at stage 1, and from stage 2 on every
 * day after a day without a session (the protocol's rest day follows a session day), so an every-other-day
 * plan followed exactly is 100%. Nothing is planned while the program is stopped (`active` false).
 */
export function adherenceOf(input: {
  today: string;
  firstDay: string | null;
  /** The patient's stage at the start of a day (rest days come from stage 2 on). */
  stageOn: (day: string) => number | null;
  active: boolean;
  checkInDays: ReadonlySet<string>;
  sessionDays: ReadonlySet<string>;
}): Adherence {
  const { today, firstDay, stageOn, checkInDays, sessionDays } = input;
  const since = addDays(today, -(ADHERENCE_DAYS - 1));
  const from = firstDay !== null && firstDay > since ? firstDay : since;
  let plannedCheckIns = 0;
  let checkIns = 0;
  let plannedSessions = 0;
  let sessions = 0;
  if (input.active && firstDay !== null && firstDay <= today) {
    for (let day = from; day <= today; day = addDays(day, 1)) {
      plannedCheckIns++;
      if (checkInDays.has(day)) checkIns++;
      const rest = (stageOn(day) ?? 1) >= 2 && sessionDays.has(addDays(day, -1));
      if (rest) continue;
      plannedSessions++;
      if (sessionDays.has(day)) sessions++;
    }
  }
  const planned = plannedCheckIns + plannedSessions;
  return {
    checkIns,
    plannedCheckIns,
    sessions,
    plannedSessions,
    percent: planned === 0 ? -1 : Math.round(((checkIns + sessions) * 100) / planned),
  };
}
