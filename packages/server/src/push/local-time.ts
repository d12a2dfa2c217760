import { addDays, todayIn } from '../cases/dates.js';

const MINUTE = 60_000;

/** One formatter per zone (stored zones are canonical, a finite set: ADR 115). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    if (formatters.size >= 1000) formatters.clear();
    formatters.set(timeZone, format);
  }
  return format;
}

/** The time zone's offset from UTC at an instant, in ms (wall clock minus UTC), read with Intl. */
function offsetAt(timeZone: string, at: number): number {
  const parts = formatter(timeZone).formatToParts(new Date(at));
  const p: Record<string, number> = {};
  for (const part of parts) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0);
  return wall - Math.floor(at / MINUTE) * MINUTE;
}

/** Minutes after midnight of `HH:MM`. */
export function minutesOf(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/**
 * The instant a wall-clock time happens on a calendar day in a time zone, daylight-saving changes included:
 * a time that happens twice (clocks going back) is the first of the two; a time that does not happen (clocks
 * going forward over it) is taken at the offset before the change, which lands after the jump (01:30 on the
 * day London skips 01:00-02:00 is 02:30 BST).
 */
export function zonedInstant(timeZone: string, day: string, time: string): Date {
  const wall = Date.parse(`${day}T00:00:00Z`) + minutesOf(time) * MINUTE;
  // The offsets either side of any change that day: a day has at most one change, and none is over 14 h.
  const before = offsetAt(timeZone, wall - 14 * 60 * MINUTE);
  const after = offsetAt(timeZone, wall + 14 * 60 * MINUTE);
  const fits = [before, after]
    .map((offset) => wall - offset)
    .filter((at) => at + offsetAt(timeZone, at) === wall)
    .sort((a, b) => a - b);
  return new Date(fits[0] ?? wall - before);
}

/** ISO weekday (1 Monday .. 7 Sunday) of a calendar day. */
export function isoWeekday(day: string): number {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/**
 * The first instant after `after` at which it is `time` in the time zone, on one of `days` (ISO weekdays;
 * empty: any day). Computed afresh from the calendar each time, so it follows daylight-saving changes.
 */
export function nextLocalTime(timeZone: string, time: string, days: readonly number[], after: Date): Date {
  let day = addDays(todayIn(timeZone, after), -1);
  for (let i = 0; i < 10; i++, day = addDays(day, 1)) {
    if (days.length > 0 && !days.includes(isoWeekday(day))) continue;
    const at = zonedInstant(timeZone, day, time);
    if (at.getTime() > after.getTime()) return at;
  }
  throw new Error(`no next time for ${time} on days ${days.join(',')}`);
}
