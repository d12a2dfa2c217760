import type { CaseEvent } from '@hamstring-rehab/engine';
import { describe, expect, it } from 'vitest';
import { daily, functionSeries, toX, weeklyRunMinutes, xLabel, xRange } from './series';

const DAY = 86_400;

describe('chart data', () => {
  const events: CaseEvent[] = [
    { type: 'morning-check', date: '2026-03-03', score: 2 },
    { type: 'morning-check', date: '2026-03-02', score: 4 },
    { type: 'morning-check', date: '2026-03-03', score: 3 },
    { type: 'session', date: '2026-03-02', painDuring: 5 },
    { type: 'run', date: '2026-03-02', minutes: 18, kind: 'easy', painDuring: 1 },
    { type: 'run', date: '2026-03-08', minutes: 20, kind: 'easy', painDuring: 1 },
    { type: 'run', date: '2026-03-09', minutes: 25.5, kind: 'easy', painDuring: 2 },
  ];

  it('keeps one value a day, the highest, in date order', () => {
    const m = daily(events, (e) => (e.type === 'morning-check' ? e.score : undefined));
    expect(m.x).toEqual([toX('2026-03-02'), toX('2026-03-03')]);
    expect(m.y).toEqual([4, 3]);
  });

  it('sums running minutes per week starting on Monday', () => {
    const w = weeklyRunMinutes(events);
    // 2 March 2026 is a Monday; the 8th is the Sunday of that week, the 9th the next Monday.
    expect(w.x).toEqual([toX('2026-03-02'), toX('2026-03-09')]);
    expect(w.y).toEqual([38, 25.5]);
  });

  it('places each day at local noon, a whole day apart', () => {
    expect(toX('2026-03-03') - toX('2026-03-02')).toBe(DAY);
    expect(new Date(toX('2026-03-02') * 1000).getHours()).toBe(12);
    // In the user's locale: the test runs in whichever the machine has.
    const expected = new Date(2026, 2, 2).toLocaleDateString(undefined, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
    expect(xLabel(toX('2026-03-02'))).toBe(expected);
    expect(xLabel(toX('2026-03-02'))).not.toMatch(/^\d+\/\d+/);
  });

  it('shows at least a week, with a day of margin, however few the points', () => {
    const one = toX('2026-03-10');
    expect(xRange([one])).toEqual([one - 7 * DAY, one + DAY]);
    const first = toX('2026-01-01');
    expect(xRange([first, one])).toEqual([first - DAY, one + DAY]);
  });

  it('gives function scores one series per instrument, never mixed in one line', () => {
    const fn = functionSeries([
      { type: 'function-check', date: '2026-03-01', score: 40, instrument: 'visa-h' },
      { type: 'function-check', date: '2026-03-02', score: 70 },
      { type: 'function-check', date: '2026-03-15', score: 55, instrument: 'visa-h' },
      { type: 'function-check', date: '2026-03-16', score: 80, instrument: 'own' },
    ]);
    expect(fn.map((f) => [f.instrument, f.y])).toEqual([
      ['visa-h', [40, 55]],
      ['own', [70, 80]],
    ]);
    expect(fn[0]?.x).toEqual([toX('2026-03-01'), toX('2026-03-15')]);
  });
});
