import { formatDay } from '../../../lib/dates';
import { describe, expect, it } from 'vitest';
import { weeklySummary } from './weekly-summary';

describe('weekly summary', () => {
  it('sums up the week in plain words', () => {
    const lines = weeklySummary(
      [
        { type: 'morning-check', date: '2025-03-01', score: 4 },
        { type: 'morning-check', date: '2025-03-09', score: 2 },
        { type: 'morning-check', date: '2025-03-10', score: 2 },
        { type: 'session', date: '2025-03-09', painDuring: 3 },
        { type: 'session', date: '2025-03-09', painDuring: 3, painAfter: 2 },
        { type: 'run', date: '2025-03-10', minutes: 18, kind: 'easy', painDuring: 2 },
      ],
      [{ date: '2025-03-10', change: 'progress', stage: 1, level: 2 }],
      '2025-03-10',
    );
    expect(lines).toEqual([
      '2 morning checks this week, average pain 2/10, lower than the week before: settling.',
      'Exercises on 1 day; the worst pain during them was 3/10.',
      '1 run, 18 minutes in all.',
      `Moved up to stage 1, level 2 on ${formatDay('2025-03-10')}.`,
    ]);
  });

  it('says so when nothing was logged', () => {
    expect(weeklySummary([], [], '2025-03-10')).toEqual([
      'No morning checks this week. They keep your plan right: try to do one each day.',
      'No exercise sessions logged this week.',
    ]);
  });
});
