import type { Problem } from '@hamstring-rehab/engine';
import { canonicalTimeZone } from './time-zones.js';

/**
 * An ISO calendar day (YYYY-MM-DD) that exists: 2024-02-29 yes, 2026-02-30 no, for every year 0000-9999 (the
 * engine's check, so the API and `/evaluate` agree; `Date.UTC` would read years 0-99 as 1900-1999).
 */
export { isRealDate } from '@hamstring-rehab/engine';

/** How far ahead of the server's (UTC) today a recorded day may be: the patient's zone may be a day ahead. */
export const FUTURE_DAYS_ALLOWED = 1;

/** The latest day a screening or event may carry at `now`: the day after today in UTC. */
export function latestRecordedDay(now: Date): string {
  return addDays(now.toISOString().slice(0, 10), FUTURE_DAYS_ALLOWED);
}

/** The problem with a recorded day later than `latestRecordedDay(now)`, naming the field; none if it is fine. */
export function futureDayProblem(path: string, day: string, now: Date): Problem | undefined {
  const latest = latestRecordedDay(now);
  return day > latest
    ? { path, message: `must not be later than ${latest} (the day after today)` }
    : undefined;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** A hard bound besides canonicalization: past it the cache starts afresh. */
const MAX_FORMATTERS = 1000;

/** How many formatters are cached (for the test that 20,000 spellings do not grow it). */
export function cachedFormatterCount(): number {
  return formatters.size;
}

/**
 * One formatter per canonical time zone: making one costs far more than using it. Any spelling of a zone
 * (`europe/london`) shares the canonical one's formatter; an unknown name throws, as Intl does.
 */
function partsIn(zone: string, at: Date): Record<string, number> {
  const timeZone = canonicalTimeZone(zone);
  if (timeZone === undefined) throw new RangeError(`Invalid time zone specified: ${zone}`);
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
      second: '2-digit',
    });
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(timeZone, format);
  }
  const out: Record<string, number> = {};
  for (const part of format.formatToParts(at))
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  return out;
}

const pad = (n: number | undefined, width = 2) => String(n ?? 0).padStart(width, '0');

/** The calendar day it is at `now` in the time zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date): string {
  const p = partsIn(timeZone, now);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** The day `days` after (or before) an ISO calendar day. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** How far the time zone's wall clock is ahead of UTC at that instant, in milliseconds. */
function offsetAt(timeZone: string, at: number): number {
  const p = partsIn(timeZone, new Date(at));
  const wall = Date.UTC(
    p.year ?? 0,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  );
  return wall - Math.floor(at / 1000) * 1000;
}

/**
 * The instant the day it is at `now` ends in the time zone: the first instant whose day there is the next
 * one. Daylight-saving changes included (a day may last 23 or 25 hours, or start at 01:00).
 */
export function endOfDayIn(timeZone: string, now: Date): Date {
  const next = addDays(todayIn(timeZone, now), 1);
  const midnight = Date.parse(`${next}T00:00:00Z`);
  let at = midnight - offsetAt(timeZone, now.getTime());
  for (let i = 0; i < 3; i++) {
    const better = midnight - offsetAt(timeZone, at);
    if (better === at) break;
    at = better;
  }
  // Where midnight does not exist (clocks jump forward at 00:00), the day starts at the jump.
  while (todayIn(timeZone, new Date(at)) < next) at += 15 * 60_000;
  while (todayIn(timeZone, new Date(at - 15 * 60_000)) >= next) at -= 15 * 60_000;
  return new Date(at);
}
