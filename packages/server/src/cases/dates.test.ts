import { describe, expect, it } from 'vitest';
import {
  addDays,
  cachedFormatterCount,
  endOfDayIn,
  futureDayProblem,
  isRealDate,
  latestRecordedDay,
  todayIn,
} from './dates.js';
import { canonicalTimeZone, canonicalTimeZoneCount } from './time-zones.js';

const isTimeZone = (value: string) => canonicalTimeZone(value) !== undefined;

describe('dates', () => {
  it('knows real calendar days', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2026-02-30')).toBe(false);
    expect(isRealDate('2026-13-01')).toBe(false);
    expect(isRealDate('2026-1-01')).toBe(false);
    expect(isRealDate('2026-01-01T00:00')).toBe(false);
  });

  it('knows real calendar days in every year the schema allows, 0000 to 9999', () => {
    // Date.UTC reads years 0-99 as 1900-1999: 0004-02-29 exists (a leap year), 1904 would too, but
    // 0100-02-29 does not while 1900 is no help either; the check must be calendar arithmetic.
    expect(isRealDate('0000-02-29')).toBe(true);
    expect(isRealDate('0004-02-29')).toBe(true);
    expect(isRealDate('0050-06-15')).toBe(true);
    expect(isRealDate('0099-12-31')).toBe(true);
    expect(isRealDate('0100-02-29')).toBe(false);
    expect(isRealDate('0001-02-29')).toBe(false);
    expect(isRealDate('9999-12-31')).toBe(true);
    expect(isRealDate('2000-02-29')).toBe(true);
    expect(isRealDate('1900-02-29')).toBe(false);
  });

  it('allows recorded days up to the day after the server’s today (UTC), naming the field past it', () => {
    const now = new Date('2026-12-01T23:30:00Z');
    expect(latestRecordedDay(now)).toBe('2026-12-02');
    expect(futureDayProblem('date', '2026-12-02', now)).toBeUndefined();
    expect(futureDayProblem('date', '0050-01-01', now)).toBeUndefined();
    expect(futureDayProblem('events[1].date', '2026-12-03', now)).toEqual({
      path: 'events[1].date',
      message: 'must not be later than 2026-12-02 (the day after today)',
    });
    expect(futureDayProblem('date', '4536-10-02', now)?.path).toBe('date');
  });

  it('knows IANA time zones', () => {
    expect(isTimeZone('Europe/Oslo')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('canonicalizes time zones without regard to case, aliases to the runtime’s form', () => {
    expect(canonicalTimeZone('europe/LONDON')).toBe('Europe/London');
    expect(canonicalTimeZone('utc')).toBe('UTC');
    expect(canonicalTimeZone('US/Eastern')).toBe('America/New_York');
    expect(canonicalTimeZone('Europe/London\u0000')).toBeUndefined();
    expect(canonicalTimeZone('x'.repeat(65))).toBeUndefined();
  });

  it('20,000 spellings of a time zone do not grow the formatter cache beyond the canonical set', () => {
    const now = new Date('2026-03-01T23:30:00Z');
    todayIn('Europe/London', now);
    const before = cachedFormatterCount();
    const zone = 'America/Argentina/Buenos_Aires';
    const letters = Array.from(zone);
    const seen = new Set<string>();
    for (let n = 0; seen.size < 20_000; n++) {
      // the n-th case pattern: bit i of n upper-cases letter i
      const spelling = letters
        .map((c, i) => (Math.floor(n / 2 ** i) % 2 === 1 ? c.toUpperCase() : c.toLowerCase()))
        .join('');
      seen.add(spelling);
      expect(todayIn(spelling, now)).toBe('2026-03-01');
    }
    expect(seen.size).toBe(20_000);
    expect(cachedFormatterCount()).toBe(before + 1);
    expect(cachedFormatterCount()).toBeLessThanOrEqual(canonicalTimeZoneCount());
  });

  it('gives today in the patient’s time zone', () => {
    const now = new Date('2026-03-01T23:30:00Z');
    expect(todayIn('UTC', now)).toBe('2026-03-01');
    expect(todayIn('Europe/Oslo', now)).toBe('2026-03-02');
    expect(todayIn('America/New_York', now)).toBe('2026-03-01');
    expect(todayIn('Pacific/Auckland', new Date('2026-03-01T10:00:00Z'))).toBe('2026-03-01');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-03-10', -13)).toBe('2026-02-25');
  });

  it('knows when the patient’s day ends, daylight-saving changes included', () => {
    const end = (zone: string, iso: string) => endOfDayIn(zone, new Date(iso)).toISOString();
    expect(end('UTC', '2026-03-10T12:00:00Z')).toBe('2026-03-11T00:00:00.000Z');
    expect(end('UTC', '2026-03-10T00:00:00Z')).toBe('2026-03-11T00:00:00.000Z');
    expect(end('Europe/Oslo', '2026-03-10T23:30:00Z')).toBe('2026-03-11T23:00:00.000Z');
    expect(end('America/New_York', '2026-03-10T12:00:00Z')).toBe('2026-03-11T04:00:00.000Z');
    // Europe: clocks go forward on 29 March 2026 at 01:00 UTC, back on 25 October at 01:00 UTC.
    expect(end('Europe/London', '2026-03-28T12:00:00Z')).toBe('2026-03-29T00:00:00.000Z');
    expect(end('Europe/London', '2026-03-29T12:00:00Z')).toBe('2026-03-29T23:00:00.000Z');
    expect(end('Europe/London', '2026-10-25T12:00:00Z')).toBe('2026-10-26T00:00:00.000Z');
    // Chile: midnight does not exist when clocks go forward (6 September 2026, 00:00 -> 01:00).
    expect(end('America/Santiago', '2026-09-05T12:00:00Z')).toBe('2026-09-06T04:00:00.000Z');
    expect(end('Asia/Kolkata', '2026-03-10T12:00:00Z')).toBe('2026-03-10T18:30:00.000Z');
    for (const zone of ['Pacific/Auckland', 'America/Santiago', 'Europe/London', 'Asia/Kathmandu']) {
      for (let hour = 0; hour < 24 * 400; hour += 7) {
        const now = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000);
        const at = endOfDayIn(zone, now);
        expect(todayIn(zone, at), zone).toBe(addDays(todayIn(zone, now), 1));
        expect(todayIn(zone, new Date(at.getTime() - 60_000)), zone).toBe(todayIn(zone, now));
      }
    }
  });
});
