import { describe, expect, it } from 'vitest';
import { doseText } from './dose-text';

describe('dose in plain words', () => {
  it('describes holds', () => {
    expect(
      doseText({
        id: 'bridge-hold',
        sets: 5,
        holdSeconds: 30,
        effortPercent: 50,
        restSeconds: 120,
        timesPerDay: 2,
      }),
    ).toBe('5 holds of 30 s, at 50% effort, 2 min rest, twice a day');
  });
  it('describes reps with a tempo', () => {
    expect(
      doseText({ id: 'glute-bridge', sets: 3, reps: 15, restSeconds: 90, tempo: 'lower over 3 s' }),
    ).toBe('3 sets of 15, lower over 3 s, 90 s rest');
  });
});
