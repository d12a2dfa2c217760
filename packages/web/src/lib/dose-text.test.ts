import { describe, expect, it } from 'vitest';
import { doseText, loadText } from './dose-text';

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
  it('names the load to choose as a weight you could lift about N times, and none for bodyweight work', () => {
    expect(loadText({ id: 'glute-bridge', sets: 3, reps: 12, repMax: 12 })).toBe(
      'Load: a weight you could lift about 12 times, no more.',
    );
    expect(loadText({ id: 'supine-slider-curl', sets: 3, reps: 8 })).toBeUndefined();
  });
  it('says when a Nordic is assisted', () => {
    expect(doseText({ id: 'nordic-curl', sets: 2, reps: 5, assisted: true })).toBe(
      '2 sets of 5, assisted (a band or a partner helps, short range)',
    );
    expect(doseText({ id: 'nordic-curl', sets: 3, reps: 6 })).toBe('3 sets of 6');
    // said once when the protocol's tempo already says it
    expect(
      doseText({ id: 'nordic-curl', sets: 2, reps: 6, assisted: true, tempo: 'band or partner assisted' }),
    ).toBe('2 sets of 6, band or partner assisted');
  });
});
