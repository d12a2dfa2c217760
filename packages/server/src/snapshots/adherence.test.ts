import { describe, expect, it } from 'vitest';
import { addDays } from '../cases/dates.js';
import { adherenceOf } from './adherence.js';

const TODAY = '2026-03-20';
const window = Array.from({ length: 16 }, (_, i) => addDays(TODAY, i - 15)); // two days before the window too

describe('adherence: done against planned over 14 days', () => {
  it('is 100% for an every-other-day plan followed exactly at stage 2, with a daily check-in', () => {
    const sessionDays = new Set(window.filter((_, i) => i % 2 === 1));
    const result = adherenceOf({
      today: TODAY,
      firstDay: window[0] ?? null,
      stageOn: () => 2,
      active: true,
      checkInDays: new Set(window),
      sessionDays,
    });
    expect(result).toEqual({
      checkIns: 14,
      plannedCheckIns: 14,
      sessions: 7,
      plannedSessions: 7,
      percent: 100,
    });
  });

  it('plans a session every day at stage 1, and counts only the days since the first event', () => {
    const days = window.slice(-4);
    const result = adherenceOf({
      today: TODAY,
      firstDay: days[0] ?? null,
      stageOn: () => 1,
      active: true,
      checkInDays: new Set(days),
      sessionDays: new Set(days.slice(0, 2)),
    });
    expect(result).toEqual({ checkIns: 4, plannedCheckIns: 4, sessions: 2, plannedSessions: 4, percent: 75 });
  });

  it('plans a session every day while at stage 1, and rest days only from the day stage 2 began', () => {
    const days = window.slice(-6);
    const result = adherenceOf({
      today: TODAY,
      firstDay: days[0] ?? null,
      stageOn: (day) => (day >= (days[4] ?? '') ? 2 : 1),
      active: true,
      checkInDays: new Set(days),
      sessionDays: new Set(days.slice(0, 5)),
    });
    expect(result).toMatchObject({ sessions: 4, plannedSessions: 4 });
  });

  it('plans nothing while the program is stopped, or before any event', () => {
    const stopped = {
      today: TODAY,
      stageOn: () => 2,
      checkInDays: new Set<string>(),
      sessionDays: new Set<string>(),
    };
    expect(adherenceOf({ ...stopped, firstDay: '2026-03-01', active: false }).percent).toBe(-1);
    expect(adherenceOf({ ...stopped, firstDay: null, active: true }).percent).toBe(-1);
  });
});
