import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay, isRealDate, toDay, toIso } from './days.js';

describe('calendar days', () => {
  it('toDay and toIso agree with the platform calendar, both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: -600_000, max: 2_900_000 }), (day) => {
        const iso = toIso(day);
        expect(toDay(iso)).toBe(day);
        expect(isRealDate(iso)).toBe(true);
        expect(toDay(iso)).toBe(
          Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8))) / 86_400_000,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('isRealDate refuses days that do not exist and malformed strings', () => {
    for (const bad of [
      '2026-02-29',
      '2026-02-30',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-1-01',
      '2026/01/01',
      'abcd-ef-gh',
      '',
    ]) {
      expect(isRealDate(bad), bad).toBe(false);
    }
    for (const good of ['2024-02-29', '2000-02-29', '2026-12-31', '1900-01-01'])
      expect(isRealDate(good), good).toBe(true);
    expect(isRealDate('1900-02-29')).toBe(false);
  });

  it('formatDay names the day as people say it, with the year when it differs', () => {
    expect(formatDay(toDay('2026-03-12'), toDay('2026-05-01'))).toBe('12 March');
    expect(formatDay(toDay('2025-12-31'), toDay('2026-01-02'))).toBe('31 December 2025');
  });
});
