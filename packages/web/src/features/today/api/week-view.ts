import { addDays } from '../../../lib/dates';
import { decideLocally, type LocalData } from '../../../lib/patient-case';

export interface WeekDay {
  date: string;
  /** A session was planned that day (active, not a rest day). */
  planned: boolean;
  session: boolean;
  checkIn: boolean;
}

export interface WeekView {
  days: WeekDay[];
  sessions: number;
  planned: number;
  checkIns: number;
}

/**
 * The 7 days up to today against the plan of each day, decided on the device: was a session planned,
 * done, and the morning check done.
 */
export function weekView(data: LocalData, today: string): WeekView {
  const days: WeekDay[] = [];
  for (let back = 6; back >= 0; back--) {
    const date = addDays(today, -back);
    // Nothing was planned before the screening (the program had not begun).
    const started = data.screening !== undefined && date >= data.screening.date;
    const decision = started ? decideLocally(data, date) : undefined;
    const planned = decision !== undefined && decision.status === 'active' && !decision.plan.restDay;
    const onDay = data.events.filter((e) => e.date === date);
    days.push({
      date,
      planned,
      session: onDay.some((e) => e.type === 'session'),
      checkIn: onDay.some((e) => e.type === 'morning-check'),
    });
  }
  return {
    days,
    sessions: days.filter((d) => d.session).length,
    planned: days.filter((d) => d.planned).length,
    checkIns: days.filter((d) => d.checkIn).length,
  };
}
