import { describe, expect, it } from 'vitest';
import type { LocalData } from '../../../lib/patient-case';
import { weekView } from './week-view';

const data = (events: LocalData['events']): LocalData => ({
  profile: {
    birthYear: 1985,
    affectedSide: 'left',
    runner: false,
    sport: false,
    painCeiling: 5,
    timeZone: 'UTC',
  },
  screening: {
    date: '2026-03-01',
    answers: {
      'pain-at-sitting-bone': true,
      'worse-when-sitting': true,
      'worse-with-stretch-or-bending': true,
    },
  },
  events,
});

describe('weekView', () => {
  it('counts the week’s sessions against the plan of each day, and its morning checks', () => {
    const week = weekView(
      data([
        { id: '1', type: 'morning-check', date: '2026-03-05', score: 1 },
        { id: '2', type: 'session', date: '2026-03-05', painDuring: 2 },
        { id: '3', type: 'morning-check', date: '2026-03-06', score: 1 },
      ]),
      '2026-03-07',
    );
    expect(week.days.map((d) => d.date)).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
    ]);
    // Stage 1 is daily: every day from the screening is a planned session.
    expect(week.planned).toBe(7);
    // Days before the screening plan nothing.
    expect(weekView(data([]), '2026-03-03').planned).toBe(3);
    expect(week.sessions).toBe(1);
    expect(week.checkIns).toBe(2);
    expect(week.days[4]).toEqual({ date: '2026-03-05', planned: true, session: true, checkIn: true });
  });

  it('plans nothing while the program is stopped', () => {
    const stopped = data([]);
    stopped.screening = { date: '2026-03-01', answers: { 'saddle-numbness': true } };
    expect(weekView(stopped, '2026-03-07').planned).toBe(0);
  });
});
